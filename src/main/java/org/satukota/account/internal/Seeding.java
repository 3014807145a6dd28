package org.satukota.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.satukota.account.AccountKind;
import org.satukota.account.CitizenRegistered;
import org.satukota.account.Role;
import org.satukota.account.RoleGranted;
import org.satukota.account.StaffAccountCreated;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts the platform creates itself (the bootstrap admin, demo data). An existing account with the same name is
 * never touched: seeding is idempotent and safe on several nodes starting together. The password policy is not
 * applied here: the operator chose these passwords in configuration.
 */
@Component
class Seeding {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Seeding(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether the account was created (false when the username already existed) */
	@Transactional
	public boolean ensureStaff(String username, String fullName, String email, String password, Role role,
			long unitId) {
		if (accounts.usernameTaken(username)) {
			return false;
		}
		Instant now = clock.instant();
		long id = accounts.nextId();
		boolean created = accounts.insertIfAbsent(new Account(id, AccountKind.STAFF, username, null, fullName, email,
				null, passwordEncoder.encode(password), true, 0, null, now), now);
		if (created) {
			events.publishEvent(new StaffAccountCreated(id, username, Actor.SYSTEM, now));
			long grantId = accounts.insertGrant(id, role, unitId, now, Actor.SYSTEM.username());
			events.publishEvent(new RoleGranted(id, grantId, role, unitId, Actor.SYSTEM, now));
		}
		return created;
	}

	@Transactional
	public boolean ensureCitizen(String nik, String fullName, String email, String phone, String password) {
		if (accounts.nikTaken(nik) || accounts.citizenEmailTaken(email)) {
			return false;
		}
		Instant now = clock.instant();
		long id = accounts.nextId();
		boolean created = accounts.insertIfAbsent(new Account(id, AccountKind.CITIZEN, "warga-" + id, nik, fullName,
				email, phone, passwordEncoder.encode(password), true, 0, null, now), now);
		if (created) {
			events.publishEvent(new CitizenRegistered(id, Actor.SYSTEM, now));
		}
		return created;
	}
}
