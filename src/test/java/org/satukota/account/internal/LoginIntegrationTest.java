package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LoginIntegrationTest {

	private static final String PASSWORD = "kopi susu 2026";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Registers a citizen through the form and returns their NIK. */
	private String registeredCitizen() throws Exception {
		String nik = Citizens.nik();
		mvc.perform(RegistrationIntegrationTest.registration(nik, "Ayu Lestari", Citizens.phone(nik),
				Citizens.email(nik), PASSWORD, PASSWORD))
			.andExpect(redirectedUrl("/masuk?terdaftar"));
		return nik;
	}

	private String handleOf(String nik) {
		return jdbc.sql("SELECT username FROM account WHERE nik = ?").param(nik).query(String.class).single();
	}

	@Test
	void theLoginPageHasTheLabelledForm() throws Exception {
		String page = mvc.perform(get("/masuk?error=terkunci")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"login\"", "for=\"username\"", ">Nama pengguna<", "for=\"password\"",
				">Kata sandi<", "Akun terkunci sementara");
		assertThat(mvc.perform(get("/masuk?error=gagal")).andReturn().getResponse().getContentAsString())
			.contains("Nama pengguna atau kata sandi salah");
		assertThat(mvc.perform(get("/masuk?terdaftar")).andReturn().getResponse().getContentAsString())
			.contains("Pendaftaran berhasil");
	}

	@Test
	void aCitizenLogsInWithEmailPhoneOrNikAndIsKnownByAHandleNeverTheNik() throws Exception {
		String nik = registeredCitizen();
		String handle = handleOf(nik);
		assertThat(handle).startsWith("warga-").doesNotContain(nik);
		for (String name : new String[] { Citizens.email(nik).toUpperCase(), Citizens.phone(nik), nik,
				nik.substring(0, 6) + " " + nik.substring(6) }) {
			mvc.perform(formLogin("/masuk").user(name).password(PASSWORD))
				.andExpect(redirectedUrl("/beranda"))
				.andExpect(authenticated().withUsername(handle).withRoles("WARGA"));
		}
	}

	@Test
	void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() throws Exception {
		String nik = registeredCitizen();
		mvc.perform(formLogin("/masuk").user(nik).password("salah sandi 1"))
			.andExpect(redirectedUrl("/masuk?error=gagal"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/masuk").user("tidak.ada." + System.nanoTime()).password("salah sandi 1"))
			.andExpect(redirectedUrl("/masuk?error=gagal"))
			.andExpect(unauthenticated());
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		String nik = registeredCitizen();
		String email = Citizens.email(nik);
		clock.setInstant(Instant.parse("2026-03-02T02:00:00Z"));
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin("/masuk").user(email).password("salah sandi " + attempt))
				.andExpect(redirectedUrl("/masuk?error=gagal"));
		}
		mvc.perform(formLogin("/masuk").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/masuk?error=terkunci"))
			.andExpect(unauthenticated());
		clock.advance(Duration.ofMinutes(14));
		mvc.perform(formLogin("/masuk").user(nik).password(PASSWORD))
			.andExpect(redirectedUrl("/masuk?error=terkunci"));
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		mvc.perform(formLogin("/masuk").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/beranda"))
			.andExpect(authenticated());
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() throws Exception {
		String nik = registeredCitizen();
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin("/masuk").user(nik).password("salah sandi " + attempt));
		}
		mvc.perform(formLogin("/masuk").user(nik).password(PASSWORD)).andExpect(authenticated());
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin("/masuk").user(nik).password("salah sandi " + attempt));
		}
		mvc.perform(formLogin("/masuk").user(nik).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void theCitizenHomeGreetsByNameShowsEmptyStatesAndOnlyTheMaskedNik() throws Exception {
		String nik = registeredCitizen();
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/masuk").user(nik).password(PASSWORD))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/beranda").session(session)).andExpect(redirectedUrl("/warga"));
		String page = mvc.perform(get("/warga").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Halo, Ayu Lestari", "Permohonan saya", "Belum ada permohonan", "Pengaduan saya",
				"Belum ada pengaduan", nik.substring(0, 4) + "********" + nik.substring(12));
		assertThat(page).doesNotContain(nik).doesNotContain(nik.substring(4, 12));
		mvc.perform(get("/staf").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void loggingOutEndsTheSession() throws Exception {
		String nik = registeredCitizen();
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/masuk").user(nik).password(PASSWORD))
			.andReturn().getRequest().getSession();
		mvc.perform(post("/keluar").with(csrf()).session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/warga").session(session)).andExpect(status().is3xxRedirection())
			.andExpect(unauthenticated());
	}

	@Test
	void homePagesNeedALogin() throws Exception {
		mvc.perform(get("/warga")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/beranda")).andExpect(status().is3xxRedirection());
	}
}
