package org.satukota.account.internal;

import java.util.Optional;

import org.satukota.account.Nik;
import org.springframework.stereotype.Component;

/**
 * Finds the account behind what someone typed into "Nama pengguna": a staff username (or a citizen's handle), or
 * a citizen's email, mobile number or NIK.
 */
@Component
class LoginNames {

	private final AccountRepository accounts;

	LoginNames(AccountRepository accounts) {
		this.accounts = accounts;
	}

	Optional<Account> resolve(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String input = typed.trim();
		Optional<Account> byUsername = accounts.findByUsername(input);
		if (byUsername.isPresent()) {
			return byUsername;
		}
		if (ContactRules.looksLikeEmail(input)) {
			return ContactRules.normalizeEmail(input).flatMap(accounts::findCitizenByEmail);
		}
		String digits = Nik.normalize(input);
		if (digits.length() == 16 && digits.chars().allMatch(Character::isDigit)) {
			Optional<Account> byNik = accounts.findCitizenByNik(digits);
			if (byNik.isPresent()) {
				return byNik;
			}
		}
		return ContactRules.normalizePhone(input).flatMap(accounts::findCitizenByPhone);
	}
}
