package org.satukota.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit row and its SHA-256 hash.
 * <p>
 * Every field is written in a fixed order as {@code <byte length>:<UTF-8 bytes>;}, and a missing value as
 * {@code ~;}. Length prefixes make the encoding unambiguous: no choice of field values (containing separators,
 * digits or {@code ~}) can make two different rows encode to the same bytes. Instants are written as
 * microseconds since the epoch. The leading version tag allows the encoding to evolve without invalidating
 * existing chains.
 */
final class ChainHash {

	/** The {@code prev_hash} of the first row. */
	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "satukota-audit-v1";

	private ChainHash() {
	}

	static String of(ChainRow row) {
		return sha256Hex(canonical(row));
	}

	static byte[] canonical(ChainRow row) {
		Encoder encoder = new Encoder();
		encoder.field(VERSION);
		encoder.field(Long.toString(row.seq()));
		encoder.field(micros(row.occurredAt()));
		encoder.field(micros(row.recordedAt()));
		encoder.field(row.actor());
		encoder.field(row.role());
		encoder.field(row.unitId() == null ? null : Long.toString(row.unitId()));
		encoder.field(row.action());
		encoder.field(row.recordType());
		encoder.field(row.recordId());
		encoder.field(row.reason());
		encoder.field(row.eventType());
		encoder.field(row.eventDigest());
		encoder.field(row.prevHash());
		return encoder.bytes();
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static String micros(Instant instant) {
		return Long.toString(Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
				instant.getNano() / 1_000));
	}

	/** Writes length-prefixed fields; also used for the event digest. */
	static final class Encoder {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Encoder field(String value) {
			if (value == null) {
				out.writeBytes("~;".getBytes(StandardCharsets.US_ASCII));
				return this;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			out.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(utf8);
			out.writeBytes(";".getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		byte[] bytes() {
			return out.toByteArray();
		}
	}
}
