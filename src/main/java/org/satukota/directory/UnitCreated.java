package org.satukota.directory;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin added a unit (an OPD or kecamatan under the city, a kelurahan or desa under a kecamatan). */
public record UnitCreated(long unitId, long parentId, UnitType type, String code, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "directory.unit-created";
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
