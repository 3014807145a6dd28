package org.satukota.kendali.internal;

import java.util.List;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who acts for whom: operators act for the command center (and on an agency's behalf when it reports by radio);
 * a field unit's staff act for their own agency only.
 */
@Component
class KendaliAccess {

	private final CurrentUsers currentUsers;

	KendaliAccess(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	Actor operator() {
		return actorIn(Role.OPERATOR_112);
	}

	Actor admin() {
		return actorIn(Role.ADMIN);
	}

	boolean isOperator() {
		return currentUsers.current().map(u -> u.holds(Role.OPERATOR_112)).orElse(false);
	}

	/** The actor for a decision of {@code agencyId}: its own field staff, or an operator on its behalf. */
	Actor forAgency(long agencyId) {
		if (currentUsers.allows(Role.PETUGAS_LAPANGAN, agencyId)) {
			return currentUsers.actorFor(Role.PETUGAS_LAPANGAN, agencyId);
		}
		return operator();
	}

	/** Field staff may act only for their own agency (this check is for the field pages). */
	Actor fieldStaffOf(long agencyId) {
		if (!currentUsers.allows(Role.PETUGAS_LAPANGAN, agencyId)) {
			throw new AccessDeniedException("not a field unit of this agency");
		}
		return currentUsers.actorFor(Role.PETUGAS_LAPANGAN, agencyId);
	}

	/** The agencies (units) the signed-in person holds the field-unit role in. */
	List<Long> fieldAgencies() {
		CurrentUser user = currentUsers.require();
		return user.grantsOf(Role.PETUGAS_LAPANGAN).stream().map(RoleGrant::unitId).distinct().toList();
	}

	private Actor actorIn(Role role) {
		CurrentUser user = currentUsers.require();
		RoleGrant grant = user.grantsOf(role)
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("role " + role + " required"));
		return currentUsers.actorFor(role, grant.unitId());
	}
}
