package org.satukota.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.satukota.account.AccountKind;
import org.satukota.account.CitizenRegistered;
import org.satukota.account.Nik;
import org.satukota.account.NikCheck;
import org.satukota.account.NikRegions;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen registers: every rule is checked first and every problem reported at once; only a form without
 * errors is saved, in one transaction. One account per NIK; the email and phone must not belong to another citizen.
 */
@Service
class Registration {

	/** Outcome: the new account id, or the errors per field; warnings (unknown kecamatan) in both cases. */
	record Result(Long accountId, FormErrors errors, List<String> warnings) {

		boolean succeeded() {
			return accountId != null;
		}
	}

	private final AccountRepository accounts;

	private final NikRegions regions;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Registration(AccountRepository accounts, NikRegions regions, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	Result register(RegistrationForm form) {
		FormErrors errors = new FormErrors();
		NikCheck nikCheck = Nik.check(form.nik(), regions, clock);
		errors.addAll("nik", nikCheck.errors());
		if (nikCheck.wellFormed() && accounts.nikTaken(nikCheck.nik().value())) {
			errors.add("nik", "account.nik-taken");
		}
		Optional<String> fullName = NameRules.normalizeFullName(form.fullName());
		if (isBlank(form.fullName())) {
			errors.add("fullName", "account.name-required");
		}
		else if (fullName.isEmpty()) {
			errors.add("fullName", "account.name-invalid");
		}
		Optional<String> email = Optional.empty();
		if (!isBlank(form.email())) {
			email = ContactRules.normalizeEmail(form.email());
			if (email.isEmpty()) {
				errors.add("email", "account.email-invalid");
			}
			else if (accounts.citizenEmailTaken(email.get())) {
				errors.add("email", "account.email-taken");
			}
		}
		Optional<String> phone = Optional.empty();
		if (!isBlank(form.phone())) {
			phone = ContactRules.normalizePhone(form.phone());
			if (phone.isEmpty()) {
				errors.add("phone", "account.phone-invalid");
			}
			else if (accounts.citizenPhoneTaken(phone.get())) {
				errors.add("phone", "account.phone-taken");
			}
		}
		if (isBlank(form.email()) && isBlank(form.phone())) {
			errors.add("phone", "account.contact-required");
		}
		String nikDigits = Nik.normalize(form.nik());
		errors.addAll("password", PasswordPolicy.check(form.password(), form.passwordConfirmation(), nikDigits,
				fullName.orElse(form.fullName()), null));
		if (!errors.isEmpty()) {
			return new Result(null, errors, nikCheck.warnings());
		}
		Nik nik = nikCheck.nik();
		String hash = passwordEncoder.encode(form.password());
		String finalEmail = email.orElse(null);
		String finalPhone = phone.orElse(null);
		try {
			Long id = transactions.execute(status -> {
				Instant now = clock.instant();
				long accountId = accounts.nextId();
				accounts.insert(new Account(accountId, AccountKind.CITIZEN, "warga-" + accountId, nik.value(),
						fullName.get(), finalEmail, finalPhone, hash, true, 0, null, now), now);
				events.publishEvent(new CitizenRegistered(accountId, Actor.citizen("warga-" + accountId), now));
				return accountId;
			});
			return new Result(id, errors, nikCheck.warnings());
		}
		catch (DuplicateKeyException ex) {
			// Someone registered the same NIK, email or phone between our check and our insert.
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("account_citizen_email_uq")) {
				errors.add("email", "account.email-taken");
			}
			else if (message.contains("account_citizen_phone_uq")) {
				errors.add("phone", "account.phone-taken");
			}
			else {
				errors.add("nik", "account.nik-taken");
			}
			return new Result(null, errors, nikCheck.warnings());
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
