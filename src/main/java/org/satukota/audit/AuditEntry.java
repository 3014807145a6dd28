package org.satukota.audit;

import java.time.Instant;

/**
 * One recorded decision.
 * @param seq position in the chain, from 1 without gaps
 * @param occurredAt when the decision was made (from the event)
 * @param recordedAt when the audit module appended it
 * @param actor username of who decided
 * @param role the role they acted in, {@code null} for citizens and the system
 * @param unitId the unit that role is scoped to, if any
 * @param action module-prefixed decision name, e.g. {@code directory.unit-retired}
 * @param recordType the kind of record, e.g. {@code unit}
 * @param recordId the record's identifier
 * @param reason the reason given, if any
 * @param eventType the event's class name
 */
public record AuditEntry(long seq, Instant occurredAt, Instant recordedAt, String actor, String role, Long unitId,
		String action, String recordType, String recordId, String reason, String eventType) {
}
