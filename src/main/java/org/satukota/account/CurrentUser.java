package org.satukota.account;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in person as the rest of the platform sees them. {@code username} is the principal name: the staff
 * username, or a non-personal handle such as {@code warga-42} for a citizen (never a NIK, email or phone).
 * {@code grants} is empty for citizens.
 */
public record CurrentUser(long accountId, String username, String displayName, AccountKind kind,
		List<RoleGrant> grants) implements Serializable {

	public CurrentUser {
		grants = List.copyOf(grants);
	}

	public boolean isCitizen() {
		return kind == AccountKind.CITIZEN;
	}

	public boolean isStaff() {
		return kind == AccountKind.STAFF;
	}

	/** Whether this person holds {@code role} in any unit. */
	public boolean holds(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	/** The grants of one role, in the order they were given. */
	public List<RoleGrant> grantsOf(Role role) {
		return grants.stream().filter(grant -> grant.role() == role).toList();
	}
}
