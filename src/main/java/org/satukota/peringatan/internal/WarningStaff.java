package org.satukota.peringatan.internal;

import java.util.List;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may compose and publish public warnings: operators 112 (on duty day and night, so a flood warning never waits
 * for a signature) and the city's leadership (pimpinan). Both may also update and cancel them; every message
 * records who published it in which role.
 */
@Component
class WarningStaff {

	static final List<Role> ROLES = List.of(Role.OPERATOR_112, Role.PIMPINAN);

	private final CurrentUsers currentUsers;

	WarningStaff(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	boolean allowed() {
		return currentUsers.current().map(WarningStaff::grant).isPresent();
	}

	/** The actor for a publishing decision by the signed-in member of staff. */
	Actor actor() {
		RoleGrant grant = currentUsers.current()
			.map(WarningStaff::grant)
			.orElseThrow(() -> new AccessDeniedException("peringatan"));
		return currentUsers.actorFor(grant.role(), grant.unitId());
	}

	void requireAllowed() {
		if (!allowed()) {
			throw new AccessDeniedException("peringatan");
		}
	}

	private static RoleGrant grant(CurrentUser user) {
		if (!user.isStaff()) {
			return null;
		}
		for (Role role : ROLES) {
			List<RoleGrant> grants = user.grantsOf(role);
			if (!grants.isEmpty()) {
				return grants.get(0);
			}
		}
		return null;
	}
}
