package org.satukota.berkas.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.shared.PolicyViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files in PostgreSQL ({@code stored_file}), written in the caller's transaction. */
@Service
class JdbcFileStore implements FileStore {

	private static final int MAX_NAME_LENGTH = 200;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	JdbcFileStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	private static final String INSERT = """
			insert into stored_file (id, original_name, media_type, size, sha256, content, stored_at)
			values (?, ?, ?, ?, ?, ?, ?)""";

	@Override
	@Transactional
	public StoredFile store(Upload upload, UploadRules rules) {
		return storeAll(List.of(upload), List.of(rules)).get(0);
	}

	@Override
	public void check(Upload upload, UploadRules rules) {
		checked(upload, rules);
	}

	@Override
	@Transactional
	public List<StoredFile> storeAll(List<Upload> uploads, List<UploadRules> rules) {
		if (uploads.size() != rules.size()) {
			throw new IllegalArgumentException("one set of rules per upload");
		}
		List<StoredFile> files = new ArrayList<>(uploads.size());
		List<Object[]> rows = new ArrayList<>(uploads.size());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			String mediaType = checked(upload, rules.get(i));
			byte[] content = upload.content();
			StoredFile file = new StoredFile(UUID.randomUUID(), safeName(upload.originalName(), mediaType), mediaType,
					content.length, sha256(content), now);
			files.add(file);
			rows.add(new Object[] { file.id(), file.originalName(), file.mediaType(), file.size(), file.sha256(),
					content, Timestamp.from(file.storedAt()) });
		}
		if (rows.size() == 1) {
			jdbc.sql(INSERT).params(rows.get(0)).update();
		}
		else if (!rows.isEmpty()) {
			batch.batchUpdate(INSERT, rows);
		}
		return List.copyOf(files);
	}

	/** Validates fully before anything is written; returns the detected media type. */
	static String checked(Upload upload, UploadRules rules) {
		String types = UploadLimits.types(rules.acceptedMediaTypes());
		String limit = UploadLimits.size(rules.maxBytes());
		if (upload == null || upload.content() == null || upload.content().length == 0) {
			throw new PolicyViolation("berkas.empty", types, limit);
		}
		if (upload.content().length > rules.maxBytes()) {
			throw new PolicyViolation("berkas.too-large", limit, types);
		}
		return ContentSniffer.detect(upload.content())
			.filter(rules.acceptedMediaTypes()::contains)
			.orElseThrow(() -> new PolicyViolation("berkas.type-not-accepted", types, limit));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(UUID id) {
		return jdbc.sql("select id, original_name, media_type, size, sha256, stored_at from stored_file where id = ?")
			.param(id)
			.query((rs, row) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("original_name"),
					rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
					rs.getTimestamp("stored_at").toInstant()))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] content(UUID id) {
		return jdbc.sql("select content from stored_file where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No stored file " + id));
	}

	/** Keeps only the last path segment and printable characters; falls back to a neutral name. */
	static String safeName(String originalName, String mediaType) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > MAX_NAME_LENGTH) {
			name = name.substring(name.length() - MAX_NAME_LENGTH);
		}
		if (name.isEmpty()) {
			name = "berkas" + switch (mediaType) {
				case "application/pdf" -> ".pdf";
				case "image/jpeg" -> ".jpg";
				case "image/png" -> ".png";
				default -> "";
			};
		}
		return name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
