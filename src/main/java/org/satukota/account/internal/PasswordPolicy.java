package org.satukota.account.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a password acceptable: at least 10 characters, letters and digits, not made of the person's own
 * NIK, name or username, and typed the same twice. Bcrypt reads at most 72 bytes, so longer ones are refused rather
 * than silently cut.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Message codes for every rule {@code password} breaks; empty when it is acceptable. */
	static List<String> check(String password, String confirmation, String nik, String fullName, String username) {
		List<String> errors = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			errors.add("account.password-required");
			return errors;
		}
		if (password.length() < MIN_LENGTH) {
			errors.add("account.password-too-short");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.add("account.password-too-long");
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			errors.add("account.password-needs-letters-and-digits");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (nik != null && !nik.isBlank() && containsNik(password, nik)) {
			errors.add("account.password-contains-nik");
		}
		if (containsName(lower, fullName) || containsName(lower, username)) {
			errors.add("account.password-contains-name");
		}
		if (confirmation == null || !confirmation.equals(password)) {
			errors.add("account.password-mismatch");
		}
		return errors;
	}

	private static boolean containsNik(String password, String nik) {
		String digits = password.replaceAll("\\D", "");
		// The whole NIK, or the birth-date-and-serial half people like to reuse, counts as "containing" it.
		return digits.contains(nik) || (nik.length() == 16 && digits.contains(nik.substring(6)));
	}

	// Each part of the name of four letters or more, and the name run together, must not appear in the password.
	private static boolean containsName(String lowerPassword, String name) {
		if (name == null || name.isBlank()) {
			return false;
		}
		String normalized = name.toLowerCase(Locale.ROOT);
		String joined = normalized.replaceAll("[^\\p{L}\\p{Nd}]", "");
		if (joined.length() >= 4 && lowerPassword.contains(joined)) {
			return true;
		}
		for (String part : normalized.split("[^\\p{L}\\p{Nd}]+")) {
			if (part.length() >= 4 && lowerPassword.contains(part)) {
				return true;
			}
		}
		return false;
	}
}
