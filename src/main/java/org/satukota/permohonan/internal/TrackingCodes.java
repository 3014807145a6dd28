package org.satukota.permohonan.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes: ten characters from an alphabet without look-alikes (no I, L, O, U, 0, 1), about 50 bits of
 * randomness, so that codes cannot be guessed or enumerated. Shown grouped ({@code ABCDE-FGHJK}); any case, spaces
 * and dashes are accepted back.
 */
final class TrackingCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String generate() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** The stored form of what someone typed, or empty text when it cannot be a code. */
	static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return code.matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{" + LENGTH + "}") ? code : "";
	}

	/** The code as printed: two groups of five. */
	static String display(String code) {
		return code == null || code.length() != LENGTH ? code : code.substring(0, 5) + "-" + code.substring(5);
	}
}
