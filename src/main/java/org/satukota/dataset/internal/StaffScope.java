package org.satukota.dataset.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/**
 * Which datasets a pengelola data manages: those owned by the units their grants cover (the granted unit and
 * everything below it). A pengelola data of Dinas Kesehatan never edits Dinas PUPR's data.
 */
@Component
class StaffScope {

	private final CurrentUsers currentUsers;

	private final Units units;

	StaffScope(CurrentUsers currentUsers, Units units) {
		this.currentUsers = currentUsers;
		this.units = units;
	}

	boolean manages(Dataset dataset) {
		return !dataset.system() && currentUsers.current().map(CurrentUser::isStaff).orElse(false)
				&& currentUsers.allows(Role.PENGELOLA_DATA, dataset.ownerUnitId());
	}

	/** Units that may own a dataset of the signed-in pengelola data (city, OPDs and kecamatan/kelurahan they cover). */
	List<UnitView> ownerUnits() {
		CurrentUser user = currentUsers.current().orElse(null);
		if (user == null || !user.isStaff()) {
			return List.of();
		}
		List<RoleGrant> grants = user.grantsOf(Role.PENGELOLA_DATA);
		return units.activeUnits()
			.stream()
			.filter(unit -> unit.type() != UnitType.DESA || grants.stream().anyMatch(g -> g.unitId() == unit.id()))
			.filter(unit -> grants.stream().anyMatch(g -> units.isWithin(unit.id(), g.unitId())))
			.toList();
	}

	Set<Long> ownerUnitIds() {
		Set<Long> ids = new LinkedHashSet<>();
		ownerUnits().forEach(u -> ids.add(u.id()));
		return ids;
	}
}
