package org.satukota.antrean.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.BrowserTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class AppointmentBrowserTest extends BrowserTest {

	/** Wednesday 10 February 2027, 09:00 WIB: the first bookable day is Thursday 11 February. */
	private static final Instant WEDNESDAY = Instant.parse("2027-02-10T02:00:00Z");

	/** Thursday 11 February 2027, 08:15 WIB. */
	private static final Instant THURSDAY_MORNING = Instant.parse("2027-02-11T01:15:00Z");

	private static final String N1 = "pengantar-nikah-n1";

	@Autowired
	Units units;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCitizenBooksAVisitTheKelurahanOfficerCallsAndServesItAndTheCitizenSeesItDone() throws Exception {
		UnitView kelurahan = units.findByCode("16.71.05.1009").orElseThrow();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		String officer = AntreanFixtures.createStaff(mvc, "PETUGAS_LAYANAN", kelurahan.id());
		String email = "antrean" + System.nanoTime() + "@warga.test";
		clock.setInstant(WEDNESDAY);

		register(AntreanFixtures.nik(), "Nurul Hidayah", email);
		logIn(email, AntreanFixtures.CITIZEN_PASSWORD);
		open("/warga/antrean");
		page.locator("#pesan-antrean").click();
		page.getByLabel("Layanan").selectOption(N1);
		page.locator("#pilih-layanan button[type=submit]").click();
		page.getByLabel("Kelurahan/desa").selectOption(Long.toString(kelurahan.id()));
		page.locator("#pilih-unit button[type=submit]").click();
		assertThat(page.locator("#pilih-tanggal")).containsText("Kamis, 11 Februari 2027");
		assertThat(page.locator("#pilih-tanggal")).containsText("sisa 20");
		page.getByLabel(Pattern.compile("Kamis, 11 Februari 2027")).check();
		page.locator("#pesan").click();
		page.waitForLoadState();

		assertThat(page).hasURL(Pattern.compile(".*/warga/antrean$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nomor antrean Anda A-");
		Locator booking = page.locator(".antrean-booking").first();
		String number = booking.getAttribute("data-nomor");
		assertThat(booking).containsText("Menunggu");
		assertThat(booking).containsText(kelurahan.name());
		logOut();

		clock.setInstant(THURSDAY_MORNING);
		logIn(officer, AntreanFixtures.STAFF_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Loket antrean: panggil nomor berikutnya"))
			.click();
		assertThat(page.locator("#papan h2")).containsText(kelurahan.name());
		assertThat(page.locator("#nomor-sekarang")).hasText("—");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Panggil berikutnya")).click();
		page.waitForLoadState();

		assertThat(page.locator("#nomor-sekarang")).hasText(number);
		Locator row = page.locator("#antrean-hari-ini tr[data-nomor='" + number + "']");
		assertThat(row).containsText("Dipanggil");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dilayani")).click();
		page.waitForLoadState();
		assertThat(page.locator("#antrean-hari-ini tr[data-nomor='" + number + "']")).containsText("Selesai");
		logOut();

		logIn(email, AntreanFixtures.CITIZEN_PASSWORD);
		open("/warga/antrean");
		Locator done = page.locator(".antrean-booking[data-nomor='" + number + "']");
		assertThat(done.locator(".antrean-status")).hasText("Selesai");
		assertThat(done.getByRole(AriaRole.BUTTON)).hasCount(0);
	}

	private void register(String nik, String name, String email) {
		open("/daftar");
		page.getByLabel("NIK").fill(nik);
		page.getByLabel("Nama lengkap").fill(name);
		page.getByLabel("Nomor HP").fill("0813" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true))
			.fill(AntreanFixtures.CITIZEN_PASSWORD);
		page.getByLabel("Ulangi kata sandi").fill(AntreanFixtures.CITIZEN_PASSWORD);
		page.locator("form#register button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page).hasURL(Pattern.compile(".*/masuk\\?terdaftar$"));
	}
}
