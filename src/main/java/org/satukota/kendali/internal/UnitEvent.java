package org.satukota.kendali.internal;

import java.time.Instant;

/** One row of a field unit's append-only status history; {@code correctsEventId} names the row it replaces. */
record UnitEvent(long id, long fieldUnitId, UnitStatus status, Long incidentId, Instant occurredAt, Instant recordedAt,
		String recordedBy, Double latitude, Double longitude, Long correctsEventId, String reason) {
}
