package org.satukota.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CitizenRegistrationBrowserTest extends BrowserTest {

	private static final String PASSWORD = "Sungai Musi 2026";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenRegistersLogsInAndSeesTheirOwnEmptyHome() {
		String nik = freshNik();
		String email = "warga" + System.nanoTime() + "@warga.test";

		register(nik, "Dewi Lestari", "0812" + digits(8), email, PASSWORD, PASSWORD);

		assertThat(page).hasURL(Pattern.compile(".*/masuk\\?terdaftar$"));
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first())
			.containsText("Pendaftaran berhasil");
		logIn(email, PASSWORD);

		assertThat(page).hasURL(Pattern.compile(".*/warga$"));
		assertThat(page.locator("h1")).containsText("Dewi Lestari");
		assertThat(page.getByText("Belum ada permohonan")).isVisible();
		assertThat(page.getByText("Belum ada pengaduan")).isVisible();
		assertThat(page.content()).doesNotContain(nik).contains(nik.substring(0, 4) + "********" + nik.substring(12));
		assertThat(page.url()).doesNotContain(nik);
	}

	@Test
	void anInvalidNikADuplicateNikAndAWeakPasswordEachGetAClearMessageAndNothingIsSaved() {
		String registeredNik = freshNik();
		register(registeredNik, "Ahmad Fauzi", "0813" + digits(8), "ahmad" + System.nanoTime() + "@warga.test",
				PASSWORD, PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/masuk\\?terdaftar$"));

		String email = "ditolak" + System.nanoTime() + "@warga.test";

		register("9971011708450001", "Rina Wati", "0814" + digits(8), email, PASSWORD, PASSWORD);
		assertThat(page.locator("#nik")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#nik-error")).containsText("Kode provinsi pada NIK");

		register(registeredNik, "Rina Wati", "0814" + digits(8), email, PASSWORD, PASSWORD);
		assertThat(page.locator("#nik-error")).containsText("NIK ini sudah terdaftar");

		register(freshNik(), "Rina Wati", "0814" + digits(8), email, "pendek1", "pendek1");
		assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#password-error")).containsText("Kata sandi minimal 10 karakter");

		assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(?)").param(email)
			.query(Integer.class)
			.single()).isZero();
	}

	private void register(String nik, String name, String phone, String email, String password, String confirmation) {
		open("/daftar");
		page.getByLabel("NIK").fill(nik);
		page.getByLabel("Nama lengkap").fill(name);
		page.getByLabel("Nomor HP").fill(phone);
		page.getByLabel("Email").fill(email);
		page.getByLabel("Kata sandi", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByLabel("Ulangi kata sandi").fill(confirmation);
		page.locator("form#register button[type=submit]").click();
		page.waitForLoadState();
	}

	/** A well-formed NIK of a woman born in 1990 in Jakarta Pusat, unique enough for one test run. */
	private static String freshNik() {
		int day = 41 + ThreadLocalRandom.current().nextInt(28);
		int month = 1 + ThreadLocalRandom.current().nextInt(12);
		int serial = 1 + ThreadLocalRandom.current().nextInt(9999);
		return String.format("317101%02d%02d90%04d", day, month, serial);
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}
}
