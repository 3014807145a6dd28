package org.satukota.peringatan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An operator 112 composes and publishes a flood warning; the public page and its CAP document show it; the
 * operator cancels it and the public list no longer shows it.
 */
class PeringatanBrowserTest extends BrowserTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	Clock clock;

	@Test
	void anOperatorPublishesAWarningThePublicSeesItAndItDisappearsWhenCancelled() throws Exception {
		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		UnitView kominfo = units.findByCode("DISKOMINFO").orElse(units.city());
		String operator = new Staff(mvc).account("operator.jalan", Role.OPERATOR_112, kominfo.id());
		List<UnitView> kelurahan = units.activeUnits()
			.stream()
			.filter(u -> u.type() == UnitType.KELURAHAN)
			.limit(2)
			.toList();
		String headline = "Waspada banjir kiriman " + UUID.randomUUID().toString().substring(0, 8);

		logIn(operator, Staff.PASSWORD);
		open("/staf");
		page.locator("a[href$='/staf/peringatan']").first().click();
		page.locator("#buat-peringatan").click();
		page.getByLabel("Kejadian").fill("Banjir");
		page.locator("#categories-Met").check();
		page.getByLabel("Urgensi").selectOption("Expected");
		page.getByLabel("Tingkat keparahan").selectOption("Severe");
		page.getByLabel("Kepastian").selectOption("Likely");
		page.getByLabel("Judul").fill(headline);
		page.getByLabel("Uraian").fill("Air kiriman dari hulu diperkirakan tiba malam ini.");
		page.getByLabel("Yang harus dilakukan warga").fill("Pindahkan barang berharga ke tempat tinggi.");
		page.getByLabel("Kelurahan/desa terdampak")
			.selectOption(new String[] { String.valueOf(kelurahan.get(0).id()), String.valueOf(kelurahan.get(1).id()) });
		page.getByLabel("Nama wilayah poligon/lingkaran").fill("Sekitar Jembatan Ampera");
		page.getByLabel("Lingkaran (satu per baris)").fill("-2.9909,104.7566 2.5");
		page.getByLabel("Berakhir").fill(WarningForm.local(clock.instant().plus(Duration.ofDays(1)),
				units.cityProfile().zone()));
		page.locator("#terbitkan").click();

		assertThat(page.locator("main")).containsText("diterbitkan");
		String identifier = page.locator("#identifier").textContent().strip();
		assertThat(identifier).startsWith("PRG-");

		// The public sees it, and so does any CAP receiver.
		open("/peringatan");
		assertThat(page.locator("#peringatan-berlaku")).containsText(headline);
		page.getByText(headline).click();
		assertThat(page.locator("#status")).containsText("Berlaku");
		assertThat(page.locator("main")).containsText("Pindahkan barang berharga");
		APIResponse cap = page.request().get("/cap/alerts/" + identifier + ".xml");
		assertThat(cap.status()).isEqualTo(200);
		assertThat(cap.headers().get("content-type")).startsWith("application/cap+xml");
		assertThat(cap.text()).contains(headline, "<circle>-2.9909,104.7566 2.5</circle>");
		CapSchemaValidation.assertValid(cap.text().getBytes(StandardCharsets.UTF_8));

		// The operator cancels it; the public list no longer shows it.
		open("/staf/peringatan/" + identifier);
		page.getByLabel("Alasan pembatalan").fill("Debit air turun, banjir kiriman tidak terjadi.");
		page.locator("#batalkan").click();
		assertThat(page.locator("main")).containsText("Pembatalan");
		assertThat(page.locator("#msg-type")).hasText("Pembatalan");
		open("/peringatan");
		assertThat(page.locator("main")).not().containsText(headline);
		open("/peringatan/" + identifier);
		assertThat(page.locator("#dibatalkan")).isVisible();
	}
}
