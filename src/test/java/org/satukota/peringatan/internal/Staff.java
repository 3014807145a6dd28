package org.satukota.peringatan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;


import org.satukota.account.Role;
import org.satukota.support.TestStaff;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff accounts for the warning tests, created through the admin's staff page like real ones. */
final class Staff {

	static final String PASSWORD = "Peringatan#Uji2026";

	private final MockMvc mvc;

	Staff(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username. */
	String account(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Dewi Lestari", PASSWORD, role.name(), unitId);
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
