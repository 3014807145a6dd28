package org.satukota.directory.internal;

import java.time.Instant;

import org.satukota.directory.UnitType;

/** A unit as the admin pages show it, retirement included. Public only so templates can read it. */
public record UnitRow(long id, Long parentId, UnitType type, String code, String name, String address, String phone,
		String email, String openingHours, boolean active, Instant retiredAt, String retiredReason) {

	static UnitRow of(Unit unit) {
		Unit.UnitDetails d = unit.details();
		return new UnitRow(unit.id(), unit.parentId(), unit.type(), unit.code(), d.name(), d.address(), d.phone(),
				d.email(), d.openingHours(), unit.active(), unit.retiredAt(), unit.retiredReason());
	}
}
