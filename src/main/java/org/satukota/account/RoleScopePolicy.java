package org.satukota.account;

import java.util.Collection;
import java.util.List;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;

/**
 * How far a role reaches: a grant of role R in unit U covers U and every unit below it in the city's tree, so a
 * Camat-level grant covers the kecamatan's kelurahan and a grant in the city covers every unit. An admin granted
 * in the city unit also covers units that are no longer active (their history still needs administering).
 */
public class RoleScopePolicy {

	private final Units units;

	public RoleScopePolicy(Units units) {
		this.units = units;
	}

	/** Whether {@code grant} reaches {@code unitId}. */
	public boolean covers(RoleGrant grant, long unitId) {
		if (grant.role() == Role.ADMIN && grant.unitId() == units.city().id()) {
			return true;
		}
		return units.isWithin(unitId, grant.unitId());
	}

	/** Whether any of {@code grants} is of {@code role} and reaches {@code unitId}. */
	public boolean allows(Collection<RoleGrant> grants, Role role, long unitId) {
		return grants.stream().anyMatch(grant -> grant.role() == role && covers(grant, unitId));
	}

	/** The active units {@code grants} reach in {@code role}, in tree order (for filtering lists by scope). */
	public List<UnitView> unitsCovered(Collection<RoleGrant> grants, Role role) {
		return units.activeUnits().stream().filter(unit -> allows(grants, role, unit.id())).toList();
	}
}
