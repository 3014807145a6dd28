package org.satukota.dokumen.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short verification codes: 10 characters from an alphabet without look-alikes (no 0/O, no 1/I), about 50 bits of
 * randomness, so codes cannot be guessed to enumerate documents.
 */
final class VerificationCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	static String random() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as typed by a person, in canonical form: upper case without spaces or dashes; O read as 0 is not
	 * corrected because neither occurs in codes. Returns {@code null} if it cannot be a code.
	 */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			return null;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return null;
			}
		}
		return code;
	}
}
