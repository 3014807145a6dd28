package org.satukota.kendali.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.satukota.account.Role;
import org.satukota.support.TestStaff;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff accounts for the command center's tests, created through the admin's staff page. */
final class Staff {

	static final String PASSWORD = "Kendali#Uji2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 50_000));

	private final MockMvc mvc;

	Staff(MockMvc mvc) {
		this.mvc = mvc;
	}

	static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	String account(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Dian Permata", PASSWORD, role.name(), unitId);
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
