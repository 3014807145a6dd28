package org.satukota.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.satukota.account.AccountDisabled;
import org.satukota.account.AccountEnabled;
import org.satukota.account.AccountKind;
import org.satukota.account.AccountUnlocked;
import org.satukota.account.Role;
import org.satukota.account.RoleGranted;
import org.satukota.account.RoleRevoked;
import org.satukota.account.StaffAccountCreated;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating staff accounts and changing what they may do. Every change is published as an audited event in the
 * transaction that makes it. The caller decides who the {@link Actor} is (an admin, or the platform when seeding).
 */
@Service
class StaffAdministration {

	/** Outcome of creating an account: its id, or errors per field. */
	record Result(Long accountId, FormErrors errors) {

		boolean succeeded() {
			return accountId != null;
		}
	}

	private final AccountRepository accounts;

	private final Units units;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final SessionTerminator sessions;

	private final Clock clock;

	StaffAdministration(AccountRepository accounts, Units units, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, TransactionTemplate transactions, SessionTerminator sessions,
			Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.transactions = transactions;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Checks the form completely; nothing is written unless it has no errors. */
	FormErrors validate(StaffForm form) {
		FormErrors errors = new FormErrors();
		String username = form.username() == null ? "" : form.username().trim().toLowerCase(java.util.Locale.ROOT);
		if (!NameRules.validStaffUsername(username)) {
			errors.add("username", "account.username-invalid");
		}
		else if (accounts.usernameTaken(username)) {
			errors.add("username", "account.username-taken");
		}
		if (form.fullName() == null || form.fullName().isBlank()) {
			errors.add("fullName", "account.name-required");
		}
		else if (NameRules.normalizeFullName(form.fullName()).isEmpty()) {
			errors.add("fullName", "account.name-invalid");
		}
		if (form.email() == null || form.email().isBlank()) {
			errors.add("email", "account.email-required");
		}
		else if (ContactRules.normalizeEmail(form.email()).isEmpty()) {
			errors.add("email", "account.email-invalid");
		}
		if (form.phone() != null && !form.phone().isBlank() && ContactRules.normalizePhone(form.phone()).isEmpty()) {
			errors.add("phone", "account.phone-invalid");
		}
		errors.addAll("password", PasswordPolicy.check(form.password(), form.passwordConfirmation(), null,
				form.fullName(), username));
		if (parseRole(form.role()).isEmpty()) {
			errors.add("role", "account.role-required");
		}
		if (form.unitId() == null || units.find(form.unitId()).filter(UnitView::active).isEmpty()) {
			errors.add("unitId", "account.unit-required");
		}
		return errors;
	}

	Result create(StaffForm form, Actor actor) {
		FormErrors errors = validate(form);
		if (!errors.isEmpty()) {
			return new Result(null, errors);
		}
		String username = form.username().trim().toLowerCase(java.util.Locale.ROOT);
		String hash = passwordEncoder.encode(form.password());
		Role role = parseRole(form.role()).orElseThrow();
		try {
			Long id = transactions.execute(status -> {
				Instant now = clock.instant();
				long accountId = accounts.nextId();
				accounts.insert(new Account(accountId, AccountKind.STAFF, username, null,
						NameRules.normalizeFullName(form.fullName()).orElseThrow(),
						ContactRules.normalizeEmail(form.email()).orElseThrow(),
						form.phone() == null ? null : ContactRules.normalizePhone(form.phone()).orElse(null), hash,
						true, 0, null, now), now);
				events.publishEvent(new StaffAccountCreated(accountId, username, actor, now));
				long grantId = accounts.insertGrant(accountId, role, form.unitId(), now, actor.username());
				events.publishEvent(new RoleGranted(accountId, grantId, role, form.unitId(), actor, now));
				return accountId;
			});
			return new Result(id, errors);
		}
		catch (DuplicateKeyException ex) {
			errors.add("username", "account.username-taken");
			return new Result(null, errors);
		}
	}

	@Transactional
	public long grant(long accountId, Role role, long unitId, Actor actor) {
		Account account = staffAccount(accountId);
		if (units.find(unitId).filter(UnitView::active).isEmpty()) {
			throw new PolicyViolation("account.unit-required");
		}
		if (accounts.holdsActive(account.id(), role, unitId)) {
			throw new PolicyViolation("account.role-already-held");
		}
		Instant now = clock.instant();
		long grantId = accounts.insertGrant(account.id(), role, unitId, now, actor.username());
		events.publishEvent(new RoleGranted(account.id(), grantId, role, unitId, actor, now));
		return grantId;
	}

	@Transactional
	public void revoke(long accountId, long grantId, Actor actor) {
		Account account = staffAccount(accountId);
		Grant grant = accounts.findGrant(grantId)
			.filter(found -> found.accountId() == account.id() && found.active())
			.orElseThrow(() -> new PolicyViolation("account.grant-not-found"));
		if (grant.role() == Role.ADMIN && account.username().equalsIgnoreCase(actor.username())) {
			throw new PolicyViolation("account.cannot-revoke-own-admin");
		}
		Instant now = clock.instant();
		if (accounts.revokeGrant(grant.id(), now, actor.username())) {
			events.publishEvent(new RoleRevoked(account.id(), grant.id(), grant.role(), grant.unitId(), actor, now));
			sessions.endSessionsOf(account.username());
		}
	}

	@Transactional
	public void disable(long accountId, Actor actor) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new PolicyViolation("account.not-found"));
		if (account.username().equalsIgnoreCase(actor.username())) {
			throw new PolicyViolation("account.cannot-disable-self");
		}
		if (account.enabled()) {
			Instant now = clock.instant();
			accounts.setEnabled(account.id(), false, now);
			events.publishEvent(new AccountDisabled(account.id(), actor, now));
			sessions.endSessionsOf(account.username());
		}
	}

	@Transactional
	public void enable(long accountId, Actor actor) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new PolicyViolation("account.not-found"));
		if (!account.enabled()) {
			Instant now = clock.instant();
			accounts.setEnabled(account.id(), true, now);
			events.publishEvent(new AccountEnabled(account.id(), actor, now));
		}
	}

	@Transactional
	public void unlock(long accountId, Actor actor) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new PolicyViolation("account.not-found"));
		Instant now = clock.instant();
		if (account.isLockedAt(now) || account.failedAttempts() > 0) {
			accounts.unlock(account.id(), now);
			events.publishEvent(new AccountUnlocked(account.id(), actor, now));
		}
	}

	private Account staffAccount(long accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.kind() == AccountKind.STAFF)
			.orElseThrow(() -> new PolicyViolation("account.not-found"));
	}

	static Optional<Role> parseRole(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Role.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
