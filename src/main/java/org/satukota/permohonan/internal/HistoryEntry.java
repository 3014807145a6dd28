package org.satukota.permohonan.internal;

import java.time.Instant;

import org.satukota.permohonan.ApplicationStatus;

/** One recorded decision: who (username, role, unit), when, what, the status it led to and why. */
record HistoryEntry(Instant occurredAt, String actorUsername, String actorRole, Long unitId, String action,
		ApplicationStatus statusAfter, String stepKey, String reason) {
}
