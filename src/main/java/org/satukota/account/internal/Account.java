package org.satukota.account.internal;

import java.time.Instant;

import org.satukota.account.AccountKind;
import org.satukota.account.AccountView;

/** One account as stored. {@code nik} is null for staff. */
record Account(long id, AccountKind kind, String username, String nik, String fullName, String email, String phone,
		String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt) {

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	AccountView view() {
		return new AccountView(id, kind, username, fullName, email, phone, enabled);
	}

	@Override
	public String toString() {
		// Never print the NIK, contact details or hash (records print every component by default).
		return "Account[id=" + id + ", kind=" + kind + ", username=" + username + "]";
	}
}
