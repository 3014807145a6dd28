package org.satukota.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff accounts for tests outside the account module, created the way an administrator creates them: through the
 * admin page {@code /admin/staf}, logged in as the test profile's bootstrap admin. The e-mail address is
 * {@code <username>@satukota.test}.
 */
public final class TestStaff {

	private TestStaff() {
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
			.param("unitId", String.valueOf(unitId))).andExpect(status().is3xxRedirection());
	}
}
