package org.satukota.pengaduan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which report. Coordinators (ADMIN_PENGADUAN) see every report. An OPD liaison
 * (ADMIN_PENGHUBUNG_OPD) sees only reports disposed to an OPD their grant covers, or forwarded to a unit it covers
 * — rahasia ones included, since the assigned OPD must handle them — and never the reporter of an anonim report.
 */
@Component
class Access {

	private final CurrentUsers currentUsers;

	private final Units units;

	Access(CurrentUsers currentUsers, Units units) {
		this.currentUsers = currentUsers;
		this.units = units;
	}

	CurrentUser user() {
		return currentUsers.require();
	}

	boolean isCoordinator() {
		return currentUsers.current().map(u -> u.holds(Role.ADMIN_PENGADUAN)).orElse(false);
	}

	Actor coordinator() {
		CurrentUser user = currentUsers.require();
		RoleGrant grant = user.grantsOf(Role.ADMIN_PENGADUAN).stream().findFirst()
			.orElseThrow(() -> new AccessDeniedException("coordinators only"));
		return currentUsers.actorFor(Role.ADMIN_PENGADUAN, grant.unitId());
	}

	/** The units the signed-in liaison's grants cover (each grant's unit and all below it). */
	Set<Long> liaisonUnits() {
		List<RoleGrant> grants = liaisonGrants();
		Map<Long, List<Long>> childrenOf = new HashMap<>();
		for (UnitView unit : units.activeUnits()) {
			if (unit.parentId() != null) {
				childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit.id());
			}
		}
		Set<Long> covered = new HashSet<>();
		for (RoleGrant grant : grants) {
			List<Long> todo = new ArrayList<>(List.of(grant.unitId()));
			while (!todo.isEmpty()) {
				Long next = todo.remove(todo.size() - 1);
				if (covered.add(next)) {
					todo.addAll(childrenOf.getOrDefault(next, List.of()));
				}
			}
		}
		return covered;
	}

	private List<RoleGrant> liaisonGrants() {
		List<RoleGrant> grants = currentUsers.require().grantsOf(Role.ADMIN_PENGHUBUNG_OPD);
		if (grants.isEmpty()) {
			throw new AccessDeniedException("liaisons only");
		}
		return grants;
	}

	/** The disposition of {@code dispositions} the signed-in liaison may act on, if any. */
	Optional<Disposition> liaisonDisposition(List<Disposition> dispositions) {
		List<RoleGrant> grants = liaisonGrants();
		// Up the tree from the report's units (a few steps) rather than all units below the grants (the whole tree).
		Predicate<Disposition> covered = d -> grants.stream()
			.anyMatch(g -> units.isWithin(d.opdId(), g.unitId()) || units.isWithin(d.assignedUnitId(), g.unitId()));
		return dispositions.stream()
			.filter(Disposition::active)
			.filter(covered)
			.findFirst()
			.or(() -> dispositions.stream().filter(covered).findFirst());
	}

	Actor liaisonActor(Disposition d) {
		CurrentUser user = currentUsers.require();
		for (RoleGrant grant : user.grantsOf(Role.ADMIN_PENGHUBUNG_OPD)) {
			if (units.isWithin(d.assignedUnitId(), grant.unitId()) || units.isWithin(d.opdId(), grant.unitId())) {
				return new Actor(user.username(), Role.ADMIN_PENGHUBUNG_OPD.name(), grant.unitId());
			}
		}
		throw new AccessDeniedException("not this OPD's report");
	}

	/** The reporter actor for the signed-in citizen who owns {@code c}; 404 for anyone else. */
	Actor owner(Complaint c) {
		CurrentUser user = currentUsers.require();
		if (!user.isCitizen() || c.reporterAccountId == null || c.reporterAccountId != user.accountId()) {
			throw new NotFound();
		}
		return Actor.citizen(user.username());
	}
}
