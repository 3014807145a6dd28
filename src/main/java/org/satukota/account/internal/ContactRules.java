package org.satukota.account.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalising and checking the email addresses and Indonesian mobile numbers people type. */
final class ContactRules {

	private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+$");

	private ContactRules() {
	}

	static Optional<String> normalizeEmail(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String email = raw.trim().toLowerCase(Locale.ROOT);
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			return Optional.empty();
		}
		return Optional.of(email);
	}

	/**
	 * An Indonesian mobile number in the international form without plus ({@code 6281234567890}), from the ways
	 * people write it: {@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code 62812…}.
	 */
	static Optional<String> normalizePhone(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String digits = raw.trim().replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		if (!digits.matches("\\d+")) {
			return Optional.empty();
		}
		String national;
		if (digits.startsWith("62")) {
			national = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			national = digits.substring(1);
		}
		else {
			return Optional.empty();
		}
		// Mobile numbers: 8xx followed by 6 to 9 more digits (9 to 12 digits after the country code).
		if (!national.matches("8\\d{8,11}")) {
			return Optional.empty();
		}
		return Optional.of("62" + national);
	}

	static boolean looksLikeEmail(String input) {
		return input.contains("@");
	}
}
