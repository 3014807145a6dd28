package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class RegistrationIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	static MockHttpServletRequestBuilder registration(String nik, String name, String phone, String email,
			String password, String confirmation) {
		return post("/daftar").with(csrf())
			.param("nik", nik)
			.param("fullName", name)
			.param("phone", phone)
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

	private long accountsWithNik(String nik) {
		return jdbc.sql("SELECT count(*) FROM account WHERE nik = ?").param(nik).query(Long.class).single();
	}

	private long accountsWithEmail(String email) {
		return jdbc.sql("SELECT count(*) FROM account WHERE lower(email) = lower(?)").param(email).query(Long.class)
			.single();
	}

	@Test
	void theRegistrationFormHasTheLabelledFields() throws Exception {
		String page = mvc.perform(get("/daftar")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("for=\"nik\"", ">NIK<", ">Nama lengkap<", ">Nomor HP<", ">Email<", ">Kata sandi<",
				">Ulangi kata sandi<", "name=\"_csrf\"");
	}

	@Test
	void aValidRegistrationCreatesOneCitizenAccountWithANonPersonalUsername() throws Exception {
		String nik = Citizens.nik();
		MvcResult result = mvc
			.perform(registration(nik.substring(0, 6) + "." + nik.substring(6), "Siti Rahmawati", Citizens.phone(nik),
					Citizens.email(nik), "kopi susu 2026", "kopi susu 2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/masuk?terdaftar"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain(nik).doesNotContain(nik.substring(6));
		assertThat(accountsWithNik(nik)).isEqualTo(1);
		var row = jdbc.sql("SELECT id, username, kind, phone, email, password_hash FROM account WHERE nik = ?")
			.param(nik)
			.query()
			.singleRow();
		assertThat(row.get("username")).isEqualTo("warga-" + row.get("id"));
		assertThat(row.get("kind")).isEqualTo("CITIZEN");
		assertThat((String) row.get("phone")).startsWith("62819");
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain("kopi");
	}

	@Test
	void anInvalidNikIsExplainedInIndonesianAndNothingIsSaved() throws Exception {
		String email = "salah" + System.nanoTime() + "@warga.test";
		String page = mvc
			.perform(registration("9971011708450001", "Budi Salah", "", email, "kopi susu 2026", "kopi susu 2026"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kode provinsi pada NIK").contains("aria-invalid=\"true\"");
		assertThat(accountsWithNik("9971011708450001")).isZero();
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void aDuplicateNikIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		String nik = Citizens.nik();
		mvc.perform(registration(nik, "Dewi Pertama", "", Citizens.email(nik), "kopi susu 2026", "kopi susu 2026"))
			.andExpect(redirectedUrl("/masuk?terdaftar"));
		String otherEmail = "kedua" + nik + "@warga.test";
		String page = mvc
			.perform(registration(nik, "Dewi Kedua", "", otherEmail, "teh manis 2026", "teh manis 2026"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("NIK ini sudah terdaftar");
		assertThat(accountsWithNik(nik)).isEqualTo(1);
		assertThat(accountsWithEmail(otherEmail)).isZero();
	}

	@Test
	void aWeakPasswordIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		String nik = Citizens.nik();
		String page = mvc.perform(registration(nik, "Rudi Hartono", "", Citizens.email(nik), "rahasia", "rahasia"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kata sandi minimal 10 karakter").contains("Kata sandi harus berisi huruf dan angka");
		assertThat(page).doesNotContain("value=\"rahasia\"");
		assertThat(accountsWithNik(nik)).isZero();
	}

	@Test
	void aPasswordContainingTheNikIsRefused() throws Exception {
		String nik = Citizens.nik();
		String page = mvc.perform(registration(nik, "Rudi Hartono", "", Citizens.email(nik), "a" + nik, "a" + nik))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kata sandi tidak boleh memuat NIK");
		assertThat(accountsWithNik(nik)).isZero();
	}

	@Test
	void neitherPhoneNorEmailIsRefused() throws Exception {
		String nik = Citizens.nik();
		String page = mvc.perform(registration(nik, "Tanpa Kontak", "", "", "kopi susu 2026", "kopi susu 2026"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Isi nomor HP atau email");
		assertThat(accountsWithNik(nik)).isZero();
	}

	@Test
	void anInvalidPhoneAndEmailAreExplainedNextToTheirFields() throws Exception {
		String nik = Citizens.nik();
		String page = mvc
			.perform(registration(nik, "Salah Kontak", "0711-123", "bukan-email", "kopi susu 2026", "kopi susu 2026"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"phone-error\"").contains("Nomor HP tidak valid")
			.contains("id=\"email-error\"").contains("Alamat email tidak valid");
		assertThat(accountsWithNik(nik)).isZero();
	}

	@Test
	void anUnknownKecamatanIsOnlyAWarningAndTheCitizenIsRegistered() throws Exception {
		String nik = "317199" + Citizens.nik().substring(6);
		mvc.perform(registration(nik, "Warga Pemekaran", "", Citizens.email(nik), "kopi susu 2026", "kopi susu 2026"))
			.andExpect(redirectedUrl("/masuk?terdaftar"))
			.andExpect(result -> assertThat(result.getFlashMap().get("registrationWarnings"))
				.asString().contains("account.nik-unknown-kecamatan"));
		assertThat(accountsWithNik(nik)).isEqualTo(1);
	}

	@Test
	void registeringWithoutTheCsrfTokenIsForbidden() throws Exception {
		String nik = Citizens.nik();
		mvc.perform(post("/daftar").param("nik", nik).param("fullName", "Tanpa Token").param("email",
				Citizens.email(nik)).param("password", "kopi susu 2026").param("passwordConfirmation", "kopi susu 2026"))
			.andExpect(status().isForbidden());
		assertThat(accountsWithNik(nik)).isZero();
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/masuk"))
			.andExpect(status().isOk())
			.andExpect(result -> {
				var response = result.getResponse();
				assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
					.contains("frame-ancestors 'none'");
				assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			})
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"login\"")));
	}
}
