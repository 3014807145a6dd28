package org.satukota.directory;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin brought a retired unit back into service. */
public record UnitReactivated(long unitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "directory.unit-reactivated";
	}

	@Override
	public String recordType() {
		return "unit";
	}

	@Override
	public String recordId() {
		return String.valueOf(unitId);
	}
}
