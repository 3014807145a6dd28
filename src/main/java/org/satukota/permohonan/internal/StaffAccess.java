package org.satukota.permohonan.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/**
 * Which applications a member of staff may see and act on: those of units covered by their grants (a grant covers
 * its unit and everything below it). Staff of one kelurahan never see another's.
 */
@Component
class StaffAccess {

	private final CurrentUsers currentUsers;

	private final Units units;

	StaffAccess(CurrentUsers currentUsers, Units units) {
		this.currentUsers = currentUsers;
		this.units = units;
	}

	/** Whether the signed-in member of staff holds any role covering the application's unit. */
	boolean canView(Application app) {
		if (app.unitId() == null || app.status() == org.satukota.permohonan.ApplicationStatus.DRAFT) {
			return false;
		}
		CurrentUser user = currentUsers.current().orElse(null);
		if (user == null || !user.isStaff()) {
			return false;
		}
		return user.grants().stream().anyMatch(grant -> units.isWithin(app.unitId(), grant.unitId()));
	}

	/** The units each role of {@code user} covers (its grants' units and all below them). */
	Map<Role, Set<Long>> coveredUnits(CurrentUser user) {
		Map<Long, List<Long>> childrenOf = new HashMap<>();
		for (UnitView unit : units.activeUnits()) {
			if (unit.parentId() != null) {
				childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit.id());
			}
		}
		Map<Role, Set<Long>> covered = new EnumMap<>(Role.class);
		for (RoleGrant grant : user.grants()) {
			Set<Long> set = covered.computeIfAbsent(grant.role(), k -> new HashSet<>());
			List<Long> todo = new ArrayList<>(List.of(grant.unitId()));
			while (!todo.isEmpty()) {
				Long next = todo.remove(todo.size() - 1);
				if (set.add(next)) {
					todo.addAll(childrenOf.getOrDefault(next, List.of()));
				}
			}
		}
		return covered;
	}
}
