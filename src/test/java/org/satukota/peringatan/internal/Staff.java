package org.satukota.peringatan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.satukota.account.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff accounts for the warning tests, created through the admin's staff page like real ones. */
final class Staff {

	static final String PASSWORD = "Peringatan#Uji2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 50_000));

	private final MockMvc mvc;

	Staff(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username. */
	String account(String prefix, Role role, long unitId) throws Exception {
		String username = prefix + "." + SEQUENCE.incrementAndGet();
		mvc.perform(post("/admin/staf").with(csrf())
			.session(admin())
			.param("username", username)
			.param("fullName", "Dewi Lestari")
			.param("email", username + "@satukota.test")
			.param("phone", "")
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("role", role.name())
			.param("unitId", String.valueOf(unitId))).andExpect(status().is3xxRedirection());
		return username;
	}

	MockHttpSession session(String prefix, Role role, long unitId) throws Exception {
		return logIn(account(prefix, role, unitId), PASSWORD);
	}

	MockHttpSession admin() throws Exception {
		return logIn("admin", "Admin#Uji2026");
	}

	MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}
}
