package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A field unit (vehicle or team) changed status, e.g. {@code EN_ROUTE}; {@code incidentId} is the incident it works on, if any. */
public record UnitStatusChanged(long fieldUnitId, long agencyId, String status, Long incidentId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.unit-status-changed";
	}

	@Override
	public String recordType() {
		return "kendali-armada";
	}

	@Override
	public String recordId() {
		return String.valueOf(fieldUnitId);
	}
}
