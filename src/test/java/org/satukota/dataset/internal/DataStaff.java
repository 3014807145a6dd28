package org.satukota.dataset.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.satukota.account.Role;
import org.satukota.support.TestStaff;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Staff accounts for the dataset tests, created the way an admin does it (the staff page). */
final class DataStaff {

	static final String PASSWORD = "Pengelola#Uji2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 50_000));

	final MockMvc mvc;

	DataStaff(WebApplicationContext context) {
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000, 9999);
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username (its email is username@satukota.test). */
	String account(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Maya Lestari", PASSWORD, role.name(), unitId);
		return username;
	}

	MockHttpSession session(String prefix, Role role, long unitId) throws Exception {
		return logIn(account(prefix, role, unitId), PASSWORD);
	}

	MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}
}
