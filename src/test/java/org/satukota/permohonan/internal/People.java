package org.satukota.permohonan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.satukota.account.AccountKind;
import org.satukota.account.CurrentUser;
import org.satukota.account.Role;
import org.satukota.support.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Citizens and staff for tests, created the way people are: registration form and the admin's staff page. */
final class People {

	static final String PASSWORD = "Warga#Uji2026x";

	static final String STAFF_PASSWORD = "Pelayanan#Uji2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

	/** A registered, logged-in citizen. */
	record Citizen(long accountId, String username, String email, String fullName, MockHttpSession session) {

		CurrentUser asCurrentUser() {
			return new CurrentUser(accountId, username, fullName, AccountKind.CITIZEN, List.of());
		}
	}

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	People(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	Citizen citizen(String fullName) throws Exception {
		int n = SEQUENCE.incrementAndGet();
		String nik = String.format("317101%02d%02d%02d%04d", 1 + n % 28, 1 + n % 12, 60 + n % 40,
				1 + ThreadLocalRandom.current().nextInt(9998));
		String email = "pmh" + nik.substring(6) + "." + n + "@warga.test";
		mvc.perform(post("/daftar").with(csrf())
			.param("nik", nik)
			.param("fullName", fullName)
			.param("phone", "")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)).andExpect(status().is3xxRedirection());
		var row = jdbc.sql("SELECT id, username FROM account WHERE lower(email) = lower(:email) AND kind = 'CITIZEN'")
			.param("email", email)
			.query((rs, i) -> new Object[] { rs.getLong("id"), rs.getString("username") })
			.single();
		return new Citizen((Long) row[0], (String) row[1], email, fullName, logIn(email, PASSWORD));
	}

	/** A new staff account holding {@code role} in {@code unitId}, logged in. */
	MockHttpSession staff(String prefix, Role role, long unitId) throws Exception {
		return logIn(staffAccount(prefix, role, unitId), STAFF_PASSWORD);
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username. */
	String staffAccount(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Rahmat Hidayat", STAFF_PASSWORD, role.name(), unitId);
		return username;
	}

	MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}
}
