package org.satukota.informasi.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.satukota.account.Role;
import org.satukota.support.TestStaff;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Staff for the portal tests, created through the admin's staff page, and content created through the staff form. */
final class Editors {

	static final String PASSWORD = "Konten#Uji2026x";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final MockMvc mvc;

	Editors(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username. */
	String account(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Maya Lestari", PASSWORD, role.name(), unitId);
		return username;
	}

	MockHttpSession staff(String prefix, Role role, long unitId) throws Exception {
		return logIn(account(prefix, role, unitId), PASSWORD);
	}

	MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** The staff form filled in for a news-like item. */
	static MockMultipartHttpServletRequestBuilder form(String kind, long unitId, String title, String body,
			String frequency) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/staf/konten/baru").param("kind", kind)
			.param("unitId", String.valueOf(unitId))
			.param("title", title)
			.param("summary", "")
			.param("body", body)
			.param("startsAt", "")
			.param("endsAt", "")
			.param("place", "")
			.param("regulationNumber", "")
			.param("externalUrl", "")
			.param("frequency", frequency)
			.with(csrf());
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("attachment", name, "application/pdf", PDF);
	}

	/** Creates (and publishes) an item through the form; returns its id. */
	long publish(MockHttpSession session, String kind, long unitId, String title, String body, String frequency)
			throws Exception {
		MvcResult result = mvc.perform(form(kind, unitId, title, body, frequency).param("publish", "1").session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/staf/konten/".length()));
	}
}
