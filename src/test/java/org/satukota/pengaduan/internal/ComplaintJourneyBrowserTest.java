package org.satukota.pengaduan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.shared.Actor;
import org.satukota.support.BrowserTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The complaint journeys in a real browser: a citizen files with a photo and a map point, the coordinator disposes
 * to DPUPR, DPUPR's liaison posts progress and answers, the citizen rates; a report is reopened; one closes by
 * itself after ten working days of silence; a rahasia one never shows in public.
 */
class ComplaintJourneyBrowserTest extends BrowserTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Intake intake;

	@Autowired
	Handling handling;

	@Autowired
	DeadlineJob job;

	@Autowired
	ComplaintRepository repository;

	@Autowired
	MutableClock clock;

	Fixtures fixtures;

	UnitView dpupr;

	UnitView kelurahan;

	@BeforeEach
	void setUpPeople() {
		fixtures = new Fixtures(MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build(), jdbc);
		dpupr = units.findByCode("DPUPR").orElseThrow();
		kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).findFirst().orElseThrow();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCitizensPhotoReportIsDisposedToDpuprAnsweredByItsLiaisonAndRated() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Siti Nurhaliza");
		String coordinator = fixtures.staffAccount("koordinator", Role.ADMIN_PENGADUAN, units.city().id());
		String liaison = fixtures.staffAccount("penghubung.pupr", Role.ADMIN_PENGHUBUNG_OPD, dpupr.id());

		logIn(citizen.email(), Fixtures.PASSWORD);
		open("/warga/pengaduan/baru");
		assertThat(page.locator("#peta.leaflet-container")).isVisible();
		page.getByLabel("Kategori").selectOption(new SelectOption().setValue("jalan-rusak"));
		page.getByLabel("Uraian").fill("Lubang sedalam 20 cm di lajur kiri, sudah ada motor yang jatuh.");
		page.getByLabel("Garis lintang").fill("-2.9761");
		page.getByLabel("Garis bujur").fill("104.7754");
		page.getByLabel("Kelurahan").selectOption(new SelectOption().setValue(String.valueOf(kelurahan.id())));
		page.getByLabel("Alamat atau patokan lokasi").fill("Depan Pasar 16 Ilir");
		// Without a title the form comes back in place with its problem, what was typed kept and the map working.
		page.locator("#kirim").click();
		assertThat(page.locator("#form-problems")).isVisible();
		assertThat(page.locator("#judul-error")).isVisible();
		assertThat(page.getByLabel("Uraian")).hasValue("Lubang sedalam 20 cm di lajur kiri, sudah ada motor yang jatuh.");
		assertThat(page.locator("#peta.leaflet-container")).isVisible();
		page.getByLabel("Judul laporan").fill("Jalan berlubang di depan Pasar 16 Ilir");
		page.setInputFiles("#berkas", new FilePayload("lubang.jpg", "image/jpeg", Fixtures.jpegWithExif()));
		String formPage = page.url();
		List<String> filing = requestsDuring(() -> {
			page.locator("#kirim").click();
			assertThat(page.locator("#notice-terkirim")).isVisible();
		});
		assertThat(filing).containsExactly("POST " + formPage);
		assertThat(page).hasURL(Pattern.compile(".*/warga/pengaduan/ADU-\\d{4}-\\d{6}\\?terkirim$"));
		String number = page.locator("#nomor").textContent().strip();
		assertThat(page.locator("#titik")).containsText("-2.9761");
		logOut();

		logIn(coordinator, Fixtures.STAFF_PASSWORD);
		open("/staf/pengaduan");
		page.locator("#antrean").getByText(number).click();
		assertThat(page.locator("#saran-kategori")).containsText("Pekerjaan Umum");
		Locator checked = page.locator("input[name=opd]:checked");
		for (int i = checked.count() - 1; i >= 0; i--) {
			checked.nth(i).uncheck();
		}
		page.locator("#opd-DPUPR").check();
		page.locator("#disposisikan").click();
		assertThat(page.locator("#status")).containsText("Didisposisikan");
		logOut();

		logIn(liaison, Fixtures.STAFF_PASSWORD);
		open("/staf/pengaduan/opd");
		page.locator("#antrean").getByText(number).click();
		assertThat(page.locator("#terima")).isVisible();
		// The page's forms go in place: one request for the action and its answer, the address stays the page's.
		String liaisonPage = page.url();
		List<String> accepting = requestsDuring(() -> {
			page.locator("#terima").click();
			assertThat(page.locator("#status")).containsText("Ditindaklanjuti");
			assertThat(page.locator("#aksi-berhasil")).isVisible();
		});
		assertThat(accepting).containsExactly("POST " + liaisonPage + "/terima");
		assertThat(page).hasURL(liaisonPage);
		page.getByLabel("Catatan perkembangan (tampil untuk publik)").fill("Tim sudah meninjau dan menutup lubang sementara.");
		page.setInputFiles("#foto-progres", new FilePayload("tinjau.jpg", "image/jpeg", Fixtures.jpegWithExif()));
		page.locator("#kirim-progres").click();
		assertThat(page.locator("#linimasa")).containsText("menutup lubang sementara");
		page.getByLabel("Jawaban untuk pelapor (tampil untuk publik)").fill("Jalan sudah ditambal permanen pada hari ini.");
		page.locator("#kirim-jawaban").click();
		assertThat(page.locator("#status")).containsText("Menunggu tanggapan pelapor");
		logOut();

		logIn(citizen.email(), Fixtures.PASSWORD);
		page.locator("#pengaduan-saya-ringkas").getByText(number).click();
		assertThat(page.locator("#catatan-status")).containsText("ditambal permanen");
		page.locator("label[for=nilai-5]").click();
		page.getByLabel("Komentar (tidak wajib)").fill("Cepat, terima kasih.");
		page.locator("#kirim-nilai").click();
		assertThat(page.locator("#status")).containsText("Selesai");
		assertThat(page.locator("#nilai")).containsText("5 / 5");

		open("/pengaduan/" + number);
		assertThat(page.locator("#linimasa")).containsText("Dinas Pekerjaan Umum");
		assertThat(page.locator("#linimasa")).containsText("ditambal permanen");
	}

	@Test
	void aCitizenReopensAnAnswerThatDidNotSolveTheProblem() throws Exception {
		answeredReportOnItsReportersPage("Budi Hartono", "Drainase meluap di Lorong Basah", "Saluran sudah dibersihkan.");
		page.getByLabel("Mengapa masalah belum selesai?").fill("Air masih meluap setiap hujan.");
		page.locator("#buka-kembali").click();
		assertThat(page.locator("#status")).containsText("Dibuka kembali");
		assertThat(page.locator("#linimasa")).containsText("membuka kembali");
	}

	@Test
	void anActionLostToADroppedConnectionSaysSoKeepsWhatWasTypedAndGoesThroughWhenSentAgain() throws Exception {
		Complaint c = answeredReportOnItsReportersPage("Rina Wulandari", "Sampah menumpuk di Lorong Sawah",
				"Sampah sudah diangkut.");
		page.getByLabel("Mengapa masalah belum selesai?").fill("Sampah kembali menumpuk esok harinya.");
		page.context().setOffline(true);
		page.locator("#buka-kembali").click();
		assertThat(page.locator("#koneksi-putus")).containsText("Koneksi terputus");
		assertThat(page.getByLabel("Mengapa masalah belum selesai?")).hasValue("Sampah kembali menumpuk esok harinya.");
		assertThat(repository.find(c.id).orElseThrow().status).isEqualTo(Status.MENUNGGU_TANGGAPAN);

		page.context().setOffline(false);
		page.locator("#buka-kembali").click();
		assertThat(page.locator("#status")).containsText("Dibuka kembali");
		assertThat(page.locator("#koneksi-putus")).hasCount(0);
	}

	@Test
	void anActionRefusedForAnExpiredFormShowsTheErrorPageSayingSoInsteadOfNothing() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Dedi Kurniawan");
		Complaint c = file(citizen.accountId(), "Lampu taman padam di Kambang Iwak", false);

		logIn(citizen.email(), Fixtures.PASSWORD);
		open("/warga/pengaduan/" + c.trackingNumber);
		// A form whose security token no longer holds (as after a long time offline): the server answers 403.
		page.locator("#kirim-balasan").evaluate("button => button.form.querySelector('[name=_csrf]').value = 'usang'");
		page.getByLabel("Balasan atau keterangan tambahan").fill("Lampu padam sejak minggu lalu.");
		page.locator("#kirim-balasan").click();
		assertThat(page.locator("h1")).hasText("Terjadi kesalahan");
		assertThat(page.locator("#isi")).containsText("Formulir ini sudah kedaluwarsa");
		assertThat(repository.actions(c.id)).extracting(Records.Action::action)
			.doesNotContain("pengaduan.reporter-replied");
	}

	@Test
	void aReportWithoutTheReportersResponseClosesAfterTenWorkingDays() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Maya Sari");
		clock.setInstant(Instant.parse("2026-07-06T03:00:00Z"));
		Complaint c = file(citizen.accountId(), "Lampu jalan mati di Jl. Radial", false);
		handling.dispose(c.id, List.of(dpupr.id()), null, coordinator());
		handling.answer(c.id, dpupr.id(), "Lampu sudah diganti.", List.of(), liaison());
		// Only this report is due: the others left by earlier tests would otherwise be escalated and mailed about.
		jdbc.sql("UPDATE pengaduan SET due_at = NULL WHERE id <> :id AND due_at IS NOT NULL").param("id", c.id).update();
		clock.setInstant(Instant.parse("2026-07-21T01:00:00Z"));
		job.run();

		logIn(citizen.email(), Fixtures.PASSWORD);
		open("/warga/pengaduan/" + c.trackingNumber);
		assertThat(page.locator("#status")).containsText("Selesai");
		assertThat(page.locator("#linimasa")).containsText("ditutup otomatis");
	}

	@Test
	void aRahasiaReportIsAbsentFromThePublicListMapAndFigures() throws Exception {
		Complaint secret = file(null, "Pungutan liar di loket", true);
		Complaint visible = file(null, "Trotoar rusak di Jl. Sudirman", false);
		handling.dispose(secret.id, List.of(dpupr.id()), null, coordinator());
		handling.dispose(visible.id, List.of(dpupr.id()), null, coordinator());

		open("/pengaduan?opd=" + dpupr.id());
		assertThat(page.locator("#daftar-publik")).containsText(visible.title);
		assertThat(page.locator("#daftar-publik")).not().containsText(secret.title);
		Response map = page.navigate("/pengaduan/peta.json");
		assertThat(map.text()).contains(visible.trackingNumber).doesNotContain(secret.trackingNumber);
		open("/pengaduan/kinerja");
		assertThat(page.locator("#tabel-kinerja")).isVisible();
		assertThat(page.content()).doesNotContain(secret.trackingNumber).doesNotContain(secret.title);
		Response detail = page.navigate("/pengaduan/" + secret.trackingNumber);
		assertThat(detail.status()).isEqualTo(404);
	}

	/** The page loads and the requests htmx sends (not styles, scripts or images) while {@code steps} run. */
	private List<String> requestsDuring(Runnable steps) {
		List<String> sent = new CopyOnWriteArrayList<>();
		Consumer<Request> recorder = request -> {
			if (List.of("document", "xhr", "fetch").contains(request.resourceType())) {
				sent.add(request.method() + " " + request.url());
			}
		};
		page.onRequest(recorder);
		try {
			steps.run();
		}
		finally {
			page.offRequest(recorder);
		}
		return sent;
	}

	/** A new report of a new citizen's, disposed to DPUPR and answered; its reporter signed in on its status page. */
	private Complaint answeredReportOnItsReportersPage(String reporter, String title, String answer) throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen(reporter);
		Complaint c = file(citizen.accountId(), title, false);
		handling.dispose(c.id, List.of(dpupr.id()), null, coordinator());
		handling.answer(c.id, dpupr.id(), answer, List.of(), liaison());
		logIn(citizen.email(), Fixtures.PASSWORD);
		open("/warga/pengaduan/" + c.trackingNumber);
		return c;
	}

	private Complaint file(Long accountId, String title, boolean rahasia) {
		Intake.Outcome outcome = intake.file(new ComplaintSubmission("uji-browser", UUID.randomUUID().toString(),
				ComplaintKind.PENGADUAN, "jalan-rusak", title, "Uraian lengkap laporan warga.", -2.97, 104.76,
				kelurahan.id(), "Jl. Sudirman", accountId, "Warga Uji", null, null, false, rahasia, null), List.of(),
				List.of(), false);
		return repository.find(outcome.receipt().complaintId()).orElseThrow();
	}

	private static Actor coordinator() {
		return new Actor("koordinator.uji", "ADMIN_PENGADUAN", null);
	}

	private Actor liaison() {
		return new Actor("penghubung.uji", "ADMIN_PENGHUBUNG_OPD", dpupr.id());
	}
}
