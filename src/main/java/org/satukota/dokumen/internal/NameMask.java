package org.satukota.dokumen.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The only holder data a public verification page shows: each word's first letter followed by stars
 * ("Siti Wulandari" → "S*** W********"), enough to match a document to the person holding it and little else.
 */
final class NameMask {

	private NameMask() {
	}

	static String mask(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return "";
		}
		return Arrays.stream(fullName.strip().split("\\s+"))
			.map(NameMask::maskWord)
			.collect(Collectors.joining(" "));
	}

	private static String maskWord(String word) {
		int first = word.codePointAt(0);
		int rest = word.codePointCount(0, word.length()) - 1;
		return new String(Character.toChars(Character.toUpperCase(first))) + "*".repeat(rest);
	}
}
