package org.satukota.directory;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin changed a unit's name, address or contacts. */
public record UnitUpdated(long unitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "directory.unit-updated";
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
