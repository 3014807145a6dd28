package org.satukota.directory;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * An admin took a unit out of service. The unit stays in the tree (records keep pointing at it) but no longer
 * appears among active units or on public pages.
 */
public record UnitRetired(long unitId, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "directory.unit-retired";
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
