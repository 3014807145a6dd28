package org.satukota.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff accounts for tests outside the account module, created the way an administrator creates them: through the
 * admin page {@code /admin/staf}, logged in as the test profile's bootstrap admin. The e-mail address is
 * {@code <username>@satukota.test}.
 */
public final class TestStaff {

	// Consonants only: a suffix spelled with them never appears in a password (the password policy refuses any
	// password containing a four-character part of the username, so "petugas.2026" and "Uji#2026x" clash).
	private static final String SUFFIX_LETTERS = "bcdfghjklmnpqrstvwxz";

	private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 3_000_000));

	private TestStaff() {
	}

	/** {@code prefix.<suffix>}: unused in this run, and no part of it can clash with a test password. */
	public static String uniqueUsername(String prefix) {
		StringBuilder suffix = new StringBuilder();
		for (long n = SEQUENCE.incrementAndGet(); n > 0; n /= SUFFIX_LETTERS.length()) {
			suffix.append(SUFFIX_LETTERS.charAt((int) (n % SUFFIX_LETTERS.length())));
		}
		return prefix + "." + suffix;
	}

	/** Creates {@code username} holding {@code role} (a {@code Role} name) in {@code unitId}. */
	public static void create(MockMvc mvc, String username, String fullName, String password, String role, long unitId)
			throws Exception {
		MockHttpSession admin = (MockHttpSession) mvc
			.perform(formLogin("/masuk").user("admin").password("Admin#Uji2026"))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/admin/staf").with(csrf())
			.session(admin)
			.param("username", username)
			.param("fullName", fullName)
			.param("email", username + "@satukota.test")
			.param("phone", "")
			.param("password", password)
			.param("passwordConfirmation", password)
			.param("role", role)
			.param("unitId", String.valueOf(unitId))).andExpect(result -> {
				if (result.getResponse().getStatus() / 100 != 3) {
					throw new AssertionError("staff account " + username + " was refused: " + fieldErrors(
							result.getResponse().getContentAsString()));
				}
			});
	}

	private static String fieldErrors(String page) {
		var matcher = java.util.regex.Pattern.compile("id=\"[a-zA-Z]+-error\"[^>]*>([^<]*)<").matcher(page);
		StringBuilder errors = new StringBuilder();
		while (matcher.find()) {
			errors.append('[').append(matcher.group(1).strip()).append(']');
		}
		return errors.isEmpty() ? page : errors.toString();
	}
}
