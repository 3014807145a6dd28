package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LayoutNavigationIntegrationTest {

	private static final String SIGN_IN_LINK = "<a href=\"/masuk\">";

	private static final String SIGN_OUT_FORM = "action=\"/keluar\"";

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void anAnonymousVisitorIsOfferedSignInAndRegistrationButNoSignOut() throws Exception {
		String page = page(request -> request);

		assertThat(page).contains(SIGN_IN_LINK, "<a href=\"/daftar\">").doesNotContain(SIGN_OUT_FORM);
	}

	@Test
	void aSignedInVisitorIsOfferedTheirHomeAndSignOutButNoSignIn() throws Exception {
		String page = page(user("warga.uji").roles("WARGA"));

		assertThat(page).contains("<a href=\"/beranda\">", SIGN_OUT_FORM).doesNotContain(SIGN_IN_LINK);
	}

	private String page(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/pengaduan").accept(MediaType.TEXT_HTML).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
