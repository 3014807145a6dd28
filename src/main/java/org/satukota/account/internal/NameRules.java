package org.satukota.account.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Full names as people write them on their KTP: letters, spaces and a few punctuation marks. */
final class NameRules {

	private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} .,'\\-]{1,99}$");

	private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._\\-]{2,39}$");

	private NameRules() {
	}

	static Optional<String> normalizeFullName(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String name = raw.trim().replaceAll("\\s+", " ");
		return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
	}

	/**
	 * Staff usernames start with a letter and have no {@code @}, so they can never be mistaken for a citizen's
	 * email, phone or NIK in the login field; {@code warga-…} is kept for citizens' handles.
	 */
	static boolean validStaffUsername(String username) {
		return username != null && USERNAME.matcher(username).matches() && !username.startsWith("warga-");
	}
}
