package org.satukota.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.satukota.support.TestStaff;
import org.satukota.directory.Units;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

class StaffAdministrationBrowserTest extends BrowserTest {

	private static final String STAFF_PASSWORD = "Pelayanan2026ok";

	@Autowired
	Units units;

	@Test
	void anAdminCreatesAKelurahanOfficerWhoThenSeesOnlyWhatTheRoleAllows() {
		long kelurahan = units.findByCode("16.71.05.1009").orElseThrow().id();
		String username = TestStaff.uniqueUsername("petugas.uji");

		logIn("admin", "Admin#Uji2026");
		assertThat(page).hasURL(Pattern.compile(".*/staf$"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administrasi")).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staf dan peran")).click();
		page.locator("#new-staff").click();

		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Nama lengkap").fill("Sri Wahyuni");
		page.getByLabel("Email").fill(username + "@palembang.go.id");
		page.getByLabel("Kata sandi awal").fill(STAFF_PASSWORD);
		page.getByLabel("Ulangi kata sandi").fill(STAFF_PASSWORD);
		page.getByLabel("Peran").selectOption("PETUGAS_LAYANAN");
		page.getByLabel("Unit").selectOption(new SelectOption().setValue(Long.toString(kelurahan)));
		page.locator("form#staff-form button[type=submit]").click();
		page.waitForLoadState();

		assertThat(page.getByText("Akun staf dibuat.")).isVisible();
		assertThat(page.locator("body")).containsText("Dua-puluh Ilir Satu");
		logOut();

		logIn(username, STAFF_PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/staf$"));
		assertThat(page.locator(".role-card")).hasCount(1);
		assertThat(page.locator(".role-card[data-role=PETUGAS_LAYANAN]")).containsText("Dua-puluh Ilir Satu");
		assertThat(page.locator("a[href$='/admin']")).hasCount(0);

		open("/admin/staf");
		assertThat(page.locator("h1")).containsText("Terjadi kesalahan");
		assertThat(page.locator("main")).containsText("Anda tidak berhak membuka halaman ini.");
	}
}
