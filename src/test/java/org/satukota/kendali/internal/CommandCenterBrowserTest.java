package org.satukota.kendali.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The command center journey: an operator logs a prank call and a fire, dispatches Damkar and Dinkes, a Damkar
 * crew moves its engine en route, on scene and back, the incident closes and the KPI page shows its response time;
 * meanwhile the leadership's wall receives every change live and catches up after losing its connection.
 */
class CommandCenterBrowserTest extends BrowserTest {

	private static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(1_000);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	Registry registry;

	@Autowired
	WallHub hub;

	private BrowserContext wallContext;

	@AfterEach
	void closeWall() {
		if (wallContext != null) {
			wallContext.close();
		}
	}

	@Test
	void aFireIsLoggedDispatchedHandledAndClosedWhileTheWallFollowsLive() throws Exception {
		Staff staff = new Staff(MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build());
		long damkar = units.findByCode("DAMKAR").orElseThrow().id();
		long dinkes = units.findByCode("DINKES").orElseThrow().id();
		String engine = Staff.unique("DMK-");
		registry.registerUnit(damkar, engine, "Mobil pemadam Ilir", FieldUnitKind.FIRE_ENGINE, Actor.SYSTEM);
		registry.registerUnit(dinkes, Staff.unique("AMB-"), "Ambulans Puskesmas", FieldUnitKind.AMBULANCE, Actor.SYSTEM);
		String operator = staff.account("operator", Role.OPERATOR_112, units.findByCode("DISKOMINFO").orElseThrow().id());
		String crew = staff.account("damkar", Role.PETUGAS_LAPANGAN, damkar);
		String mayor = staff.account("walikota", Role.PIMPINAN, units.city().id());

		Page wall = openWall(mayor);

		logIn(operator, Staff.PASSWORD);
		open("/staf/kendali");
		page.getByLabel("Nomor penelepon").fill("081299990000");
		page.keyboard().press("Alt+3");
		assertThat(page.locator("#klasifikasi-PRANK")).isChecked();
		page.keyboard().press("Control+Enter");
		assertThat(page.locator("main")).containsText("Panggilan dicatat.");
		assertThat(wall.locator("#aliran")).containsText("Panggilan 112: Iseng", WITHIN_A_SECOND);

		page.getByLabel("Nomor penelepon").fill("081211112222");
		page.getByLabel("Nama penelepon").fill("Siti");
		page.keyboard().press("Alt+1");
		page.getByLabel("Jenis kejadian").selectOption("KEBAKARAN");
		page.getByLabel("Prioritas").selectOption("HIGH");
		page.getByLabel("Alamat atau patokan").fill("Jl. Kolonel Atmo 12, dekat pasar");
		page.getByLabel("Lintang").fill("-2.9851");
		page.getByLabel("Bujur").fill("104.7570");
		page.getByLabel("Uraian kejadian").fill("Ruko dua lantai terbakar, asap tebal");
		page.locator("#catat-panggilan").click();
		String number = page.locator("#nomor-kejadian").textContent().strip();
		assertThat(wall.locator("#aliran")).containsText("Kejadian baru " + number, WITHIN_A_SECOND);
		assertThat(wall.locator("#dinding-kejadian-" + number)).containsText("Baru");

		assertThat(page.getByLabel("Dinas Pemadam Kebakaran dan Penyelamatan")).isChecked();
		assertThat(page.getByLabel("Dinas Kesehatan")).isChecked();
		page.locator("#kirim-disposisi").click();
		assertThat(page.locator("#status-kejadian")).containsText("Didisposisi");
		assertThat(wall.locator("#aliran")).containsText("Instansi didisposisi ke " + number, WITHIN_A_SECOND);
		page.locator("#penugasan-" + damkar + " select[name=armada]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(engine + " · Mobil pemadam Ilir"));
		page.locator("#penugasan-" + damkar + " .kdl-commit").click();
		assertThat(page.locator("#penugasan-" + damkar)).containsText("Bertugas");
		assertThat(wall.locator("#papan-armada-" + engine)).containsText("Ditugaskan", WITHIN_A_SECOND);
		logOut();

		logIn(crew, Staff.PASSWORD);
		open("/staf/unit");
		Locator card = page.locator("#unit-" + engine);
		card.locator("button[data-status=EN_ROUTE]").click();
		assertThat(page.locator("#unit-" + engine)).containsText("Menuju lokasi");
		assertThat(wall.locator("#papan-armada-" + engine)).containsText("Menuju lokasi", WITHIN_A_SECOND);
		assertThat(wall.locator("#aliran")).containsText("Armada " + engine + ": Menuju lokasi " + number, WITHIN_A_SECOND);

		page.locator("#unit-" + engine + " button[data-status=ON_SCENE]").click();
		assertThat(page.locator("#unit-" + engine)).containsText("Di lokasi");
		assertThat(wall.locator("#aliran")).containsText("Armada " + engine + ": Di lokasi", WITHIN_A_SECOND);
		assertThat(wall.locator("#dinding-kejadian-" + number)).containsText("Ditangani");

		// The wall loses its connection; the crew reports meanwhile; the wall catches up without repeats.
		wall.evaluate("() => window.kendaliDinding.putus()");
		assertThat(wall.locator("#status-sambungan")).containsText("Terputus");
		page.locator("#unit-" + engine + " button[data-status=RETURNING]").click();
		assertThat(page.locator("#unit-" + engine)).containsText("Kembali ke pos");
		wall.waitForTimeout(500);
		assertThat(wall.locator("#aliran")).not().containsText("Kembali ke pos");
		wall.evaluate("() => window.kendaliDinding.sambung()");
		assertThat(wall.locator("#aliran")).containsText("Armada " + engine + ": Kembali ke pos", WITHIN_A_SECOND);
		assertThat(wall.locator("#status-sambungan")).containsText("Tersambung");
		logOut();

		// The server ends the stream (a node shutting down): the browser reconnects with Last-Event-ID by itself.
		hub.completeAll();
		logIn(operator, Staff.PASSWORD);
		open("/staf/kendali");
		page.locator("#kejadian-terbuka").getByText(number).click();
		page.locator("#penugasan-" + dinkes).getByLabel("Alasan tidak mampu").fill("Semua ambulans sedang bertugas");
		page.locator("#penugasan-" + dinkes + " .kdl-unable").click();
		assertThat(page.locator("#penugasan-" + dinkes)).containsText("Tidak mampu");
		assertThat(wall.locator("#aliran")).containsText("Instansi tidak mampu menangani " + number,
				new LocatorAssertions.ContainsTextOptions().setTimeout(3_000));
		page.getByLabel("Disposisi akhir").selectOption("HANDLED");
		page.getByLabel("Catatan penutupan").fill("Api padam, tidak ada korban");
		page.locator("#tutup-kejadian").click();
		assertThat(page.locator("#status-kejadian")).containsText("Ditutup");
		assertThat(wall.locator("#aliran")).containsText("Kejadian " + number + " ditutup", WITHIN_A_SECOND);
		assertThat(wall.locator("#dinding-kejadian-" + number)).hasCount(0);

		List<String> ids = wall.locator("#aliran li").evaluateAll("els => els.map(e => e.dataset.id)")
			instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
		assertThat(ids).doesNotHaveDuplicates();

		open("/staf/kendali/kpi?instansi=" + damkar);
		assertThat(page.locator("#kpi-response .kdl-count")).not().hasText("0");
		assertThat(page.locator("#kpi-response .kdl-p90")).hasText(java.util.regex.Pattern.compile("\\d+:\\d\\d"));
	}

	private Page openWall(String username) {
		Browser browser = page.context().browser();
		wallContext = browser.newContext(new Browser.NewContextOptions().setLocale("id-ID")
			.setViewportSize(1280, 900)
			.setBaseURL("http://localhost:" + port));
		Page wall = wallContext.newPage();
		wall.navigate("/masuk");
		wall.getByLabel("Nama pengguna").fill(username);
		wall.getByLabel("Kata sandi").fill(Staff.PASSWORD);
		wall.locator("form#login button[type=submit]").click();
		wall.waitForLoadState();
		wall.navigate("/kendali/dinding");
		assertThat(wall.locator("#status-sambungan")).containsText("Tersambung");
		return wall;
	}
}
