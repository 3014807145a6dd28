package org.satukota.dataset.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.satukota.support.BrowserTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * A pengelola data publishes a dataset by CSV upload (a broken file is refused row by row and changes nothing);
 * the public page shows it with a chart; a week and a bit later it is marked late and its owner is e-mailed.
 */
class DatasetBrowserTest extends BrowserTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	MutableClock clock;

	@Autowired
	DatasetFreshnessScan freshness;

	@Autowired
	DatasetRepository repository;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static FilePayload csv(String text) {
		return new FilePayload("harga.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aPengelolaDataPublishesPricesByCsvAndTheyGoStaleWhenNotUpdated() throws Exception {
		long dlh = units.findByCode("DLH").orElseThrow().id();
		String username = new DataStaff(context).account("data.dlh", Role.PENGELOLA_DATA, dlh);
		String slug = DataStaff.unique("harga-pupuk");

		logIn(username, DataStaff.PASSWORD);
		open("/staf/data");
		page.locator("#buat-dataset").click();
		page.getByLabel("Judul").fill("Harga pupuk " + slug);
		page.getByLabel("Alamat (slug)").fill(slug);
		page.getByLabel("Deskripsi").fill("Harga pupuk bersubsidi di kios resmi, dicatat setiap minggu.");
		page.getByLabel("Jadwal pembaruan").selectOption("WEEKLY");
		page.locator("#col-name-0").fill("tanggal");
		page.locator("#col-type-0").selectOption("DATE");
		page.locator("#col-required-0").check();
		page.locator("#col-name-1").fill("jenis");
		page.locator("#col-type-1").selectOption("CHOICE");
		page.locator("#col-allowed-1").fill("Urea, NPK");
		page.locator("#col-name-2").fill("harga");
		page.locator("#col-type-2").selectOption("INTEGER");
		page.locator("#col-unit-2").fill("Rp/kg");
		page.getByLabel("Kolom waktu").fill("tanggal");
		page.getByLabel("Kolom nilai").fill("harga");
		page.getByLabel("Kolom seri").fill("jenis");
		page.locator("#simpan-definisi").click();
		assertThat(page.locator("#jumlah-baris")).hasText("0");

		page.setInputFiles("#berkas", csv("tanggal;jenis;harga\n2026-05-04;Urea;2250\n2026-05-04;NPK;abc\n2026-05-04;ZA;2300\n"));
		page.locator("#kirim-unggah").click();
		assertThat(page.locator("#kesalahan-unggah")).containsText("Baris 3, kolom harga: 'abc' bukan angka");
		assertThat(page.locator("#kesalahan-unggah")).containsText("Baris 4, kolom jenis: 'ZA' bukan pilihan yang diizinkan");
		assertThat(page.locator("#jumlah-baris")).hasText("0");
		assertThat(page.locator("#revisi")).hasText("0");

		page.setInputFiles("#berkas", csv("""
				tanggal,jenis,harga
				2026-05-04,Urea,2250
				2026-05-04,NPK,2300
				2026-05-11,Urea,2250
				2026-05-11,NPK,2350
				"""));
		page.locator("#kirim-unggah").click();
		assertThat(page.locator("#jumlah-baris")).hasText("4");
		page.locator("#terbitkan").click();
		assertThat(page.locator("#status-terbit")).hasText("Terbit");
		logOut();

		open("/data?q=" + slug);
		page.getByText("Harga pupuk " + slug).click();
		assertThat(page.locator("h1")).hasText("Harga pupuk " + slug);
		assertThat(page.locator("#grafik")).hasAttribute("data-drawn", "true");

		// First load with an empty cache: the page, its styles, htmx, Chart.js (deferred) and the chart data.
		page.context().newCDPSession(page).send("Network.clearBrowserCache");
		List<Response> responses = new CopyOnWriteArrayList<>();
		page.onResponse(responses::add);
		open("/data/" + slug);
		assertThat(page.locator("#grafik")).hasAttribute("data-drawn", "true");
		long transferred = responses.stream()
			.mapToLong(r -> r.request().sizes().responseBodySize + r.request().sizes().responseHeadersSize)
			.sum();
		assertThat(responses).extracting(Response::url).anyMatch(url -> url.contains("chart.umd.js"));
		assertThat(transferred).as("bytes transferred for the dataset page with its chart").isLessThan(150_000L);
		assertThat(page.locator("#tabel-data tbody tr")).hasCount(4);
		assertThat(page.locator("#terlambat")).hasCount(0);
		assertThat(page.locator("#unduh-csv")).isVisible();

		Dataset published = repository.findBySlug(slug).orElseThrow();
		clock.setInstant(published.updatedAt().plus(Duration.ofDays(7)).plusSeconds(60));
		freshness.scan();

		open("/data/" + slug);
		assertThat(page.locator("#terlambat")).hasText("Terlambat diperbarui");
		assertThat(page.locator("#peringatan-terlambat")).containsText("terlambat diperbarui");
		open("/data?q=" + slug);
		assertThat(page.locator(".dataset-badge-late")).hasCount(1);
		// Other tests' late DLH datasets mail the same officer: count the mails about this one.
		assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = :r "
				+ "AND template = 'dataset-terlambat' AND subject LIKE :title")
			.param("r", username + "@satukota.test")
			.param("title", "%" + slug + "%")
			.query(Long.class)
			.single()).isEqualTo(1L);

		// The command center's wall lists the late dataset in its city-wide feed, linked to the dataset's page.
		String mayor = new DataStaff(context).account("pimpinan", Role.PIMPINAN, units.city().id());
		page.context().clearCookies();
		logIn(mayor, DataStaff.PASSWORD);
		open("/kendali/dinding");
		assertThat(page.locator("#aliran li[data-action='dataset.stale'] a[href='/data/" + slug + "']"))
			.hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
	}
}
