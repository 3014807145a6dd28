package org.satukota.account.internal;

import java.time.Instant;

import org.satukota.account.Role;
import org.satukota.account.RoleGrant;

/** A stored role grant; active while {@code revokedAt} is null. */
record Grant(long id, long accountId, Role role, long unitId, Instant grantedAt, String grantedBy, Instant revokedAt,
		String revokedBy) {

	boolean active() {
		return revokedAt == null;
	}

	RoleGrant roleGrant() {
		return new RoleGrant(role, unitId);
	}
}
