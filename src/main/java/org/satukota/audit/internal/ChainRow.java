package org.satukota.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.satukota.audit.AuditEntry;

/**
 * A row of the audit trail exactly as stored, including its chain fields. Instants are kept at microsecond
 * precision, the precision of {@code timestamptz}, so that a hash computed before storing equals the hash
 * recomputed from what was read back.
 */
record ChainRow(long seq, Instant occurredAt, Instant recordedAt, String actor, String role, Long unitId,
		String action, String recordType, String recordId, String reason, String eventType, String eventDigest,
		String prevHash, String hash) {

	ChainRow {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
	}

	/** This row with its hash computed from the other fields. */
	ChainRow sealed() {
		return new ChainRow(seq, occurredAt, recordedAt, actor, role, unitId, action, recordType, recordId, reason,
				eventType, eventDigest, prevHash, ChainHash.of(this));
	}

	/** This row placed on the chain at {@code seq} after the row whose hash is {@code prevHash}, and sealed. */
	ChainRow chainedAt(long seq, String prevHash) {
		return new ChainRow(seq, occurredAt, recordedAt, actor, role, unitId, action, recordType, recordId, reason,
				eventType, eventDigest, prevHash, null).sealed();
	}

	AuditEntry toEntry() {
		return new AuditEntry(seq, occurredAt, recordedAt, actor, role, unitId, action, recordType, recordId, reason,
				eventType);
	}
}
