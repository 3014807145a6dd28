package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.berkas.Upload;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.DocumentStatus;
import org.satukota.dokumen.Documents;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PermohonanIntegrationTest {

	static final String DOMISILI = "sk-domisili";

	static final String IUMK = "izin-usaha-mikro-kecil";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Filing filing;

	@Autowired
	ApplicationRepository repository;

	@Autowired
	DeadlineScan scan;

	@Autowired
	Documents documents;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	People people;

	UnitView kelurahan;

	UnitView otherKelurahan;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		people = new People(mvc, jdbc);
		List<UnitView> all = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).toList();
		kelurahan = all.get(3);
		otherKelurahan = all.get(4);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private MockMultipartHttpServletRequestBuilder domisiliForm(UUID key, long kelurahanId) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/warga/permohonan/baru/" + DOMISILI)
			.param("idempotencyKey", key.toString())
			.param("tindakan", "ajukan")
			.param("isian.keperluan", "Melamar pekerjaan")
			.param("isian.alamat", "Jl. Merdeka No. 5, RT 01 RW 02")
			.param("isian.kelurahan", String.valueOf(kelurahanId))
			.param("isian.lama-tinggal", "3 tahun")
			.with(csrf());
	}

	/** Files a complete Domisili application as {@code citizen} and returns its id. */
	private UUID fileDomisili(People.Citizen citizen, long kelurahanId) throws Exception {
		MvcResult result = mvc.perform(domisiliForm(UUID.randomUUID(), kelurahanId).file(Uploads.pdf("pengantar-rt-rw"))
			.file(Uploads.png("ktp"))
			.file(Uploads.pdf("kk"))
			.session(citizen.session())).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/warga/permohonan/").endsWith("?diajukan");
		return UUID.fromString(location.substring("/warga/permohonan/".length(), location.indexOf('?')));
	}

	private long outboxCount(String email, String template) {
		return jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = :r AND template = :t")
			.param("r", email)
			.param("t", template)
			.query(Long.class)
			.single();
	}

	@Test
	void concurrentRetriesOfOneSubmissionFileExactlyOneApplication() throws Exception {
		People.Citizen citizen = people.citizen("Siti Rahmawati");
		UUID key = UUID.randomUUID();
		Map<String, String> values = Map.of("keperluan", "Membuka rekening bank", "alamat", "Jl. Sudirman 1",
				"kelurahan", String.valueOf(kelurahan.id()), "lama-tinggal", "2 tahun");
		Map<String, Upload> uploads = Map.of("pengantar-rt-rw", new Upload("rt.pdf", Uploads.PDF), "ktp",
				new Upload("ktp.png", Uploads.PNG), "kk", new Upload("kk.pdf", Uploads.PDF));
		int tries = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(tries);
		List<Future<Filing.Outcome>> results = new ArrayList<>();
		for (int i = 0; i < tries; i++) {
			Callable<Filing.Outcome> attempt = () -> {
				start.await();
				return filing.save(citizen.asCurrentUser(), DOMISILI, key, values, uploads, true);
			};
			results.add(pool.submit(attempt));
		}
		start.countDown();
		Set<UUID> ids = new HashSet<>();
		int firsts = 0;
		for (Future<Filing.Outcome> result : results) {
			Filing.Outcome outcome = result.get();
			assertThat(outcome.succeeded()).isTrue();
			assertThat(outcome.filed()).isTrue();
			ids.add(outcome.applicationId());
			firsts += outcome.repeat() ? 0 : 1;
		}
		pool.shutdown();

		assertThat(ids).hasSize(1);
		assertThat(firsts).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM permohonan WHERE account_id = :a")
			.param("a", citizen.accountId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(outboxCount(citizen.email(), "permohonan-diajukan")).isEqualTo(1);
		String number = jdbc.sql("SELECT registration_number FROM permohonan WHERE id = :id")
			.param("id", ids.iterator().next())
			.query(String.class)
			.single();
		assertThat(jdbc.sql("SELECT body FROM notification_message WHERE recipient = :r AND template = :t")
			.param("r", citizen.email())
			.param("t", "permohonan-diajukan")
			.query(String.class)
			.single()).as("the submission e-mail names the registration number").contains(number);
		// A double tap on the page itself lands on the same application too.
		MockMultipartHttpServletRequestBuilder again = domisiliForm(key, kelurahan.id());
		MvcResult repeat = mvc.perform(again.session(citizen.session())).andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(repeat.getResponse().getRedirectedUrl()).contains(ids.iterator().next().toString());
	}

	@Test
	void aSavedDraftCanBeResumedAndSubmittedUnderTheSameKey() throws Exception {
		People.Citizen citizen = people.citizen("Dewi Lestari");
		UUID key = UUID.randomUUID();
		MvcResult draft = mvc.perform(multipart("/warga/permohonan/baru/" + DOMISILI)
			.file(Uploads.pdf("kk"))
			.param("idempotencyKey", key.toString())
			.param("tindakan", "simpan")
			.param("isian.keperluan", "Mendaftar sekolah anak")
			.with(csrf())
			.session(citizen.session())).andExpect(status().is3xxRedirection()).andReturn();
		String location = draft.getResponse().getRedirectedUrl();
		assertThat(location).endsWith("?draf");
		UUID id = UUID.fromString(location.substring("/warga/permohonan/".length(), location.indexOf('?')));
		assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
		String page = mvc.perform(get("/warga/permohonan/" + id).session(citizen.session()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Mendaftar sekolah anak").contains(key.toString()).contains("kk.pdf");

		mvc.perform(domisiliForm(key, kelurahan.id()).file(Uploads.pdf("pengantar-rt-rw"))
			.file(Uploads.png("ktp"))
			.session(citizen.session())).andExpect(status().is3xxRedirection());

		Application filed = repository.find(id).orElseThrow();
		assertThat(filed.status()).isEqualTo(ApplicationStatus.DIAJUKAN);
		assertThat(filed.registrationNumber()).matches("PMH-\\d{4}-\\d{6}");
		assertThat(filed.trackingCode()).hasSize(10);
		assertThat(filed.unitId()).isEqualTo(kelurahan.id());
	}

	@Test
	void badUploadsAreRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		People.Citizen citizen = people.citizen("Budi Santoso");
		record Bad(String name, byte[] content, String message) {
		}
		List<Bad> cases = List.of(new Bad("kk.pdf", Uploads.EXE, "Jenis berkas tidak diterima"),
				new Bad("kk.pdf", Uploads.pdfOver(2L * 1024 * 1024), "Berkas terlalu besar"),
				new Bad("kk.pdf", new byte[0], "Berkas kosong"));
		for (Bad bad : cases) {
			UUID key = UUID.randomUUID();
			String page = mvc.perform(domisiliForm(key, kelurahan.id()).file(Uploads.pdf("pengantar-rt-rw"))
				.file(Uploads.png("ktp"))
				.file(Uploads.file("kk", bad.name(), bad.content()))
				.session(citizen.session()))
				.andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains(bad.message()).contains("id=\"berkas-kk-error\"")
				.contains("aria-invalid=\"true\"");
			assertThat(jdbc.sql("SELECT count(*) FROM permohonan WHERE account_id = :a AND idempotency_key = :k")
				.param("a", citizen.accountId())
				.param("k", key)
				.query(Long.class)
				.single()).isZero();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM permohonan WHERE account_id = :a")
			.param("a", citizen.accountId()).query(Long.class).single()).isZero();
	}

	@Test
	void aMissingMandatoryRequirementOrKelurahanIsShownNextToItsField() throws Exception {
		People.Citizen citizen = people.citizen("Rina Wati");
		String page = mvc.perform(multipart("/warga/permohonan/baru/" + DOMISILI)
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("isian.keperluan", "Melamar kerja")
			.param("isian.alamat", "Jl. Tanpa Nama")
			.with(csrf())
			.session(citizen.session())).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"berkas-kk-error\"").contains("Berkas persyaratan ini wajib diunggah")
			.contains("id=\"isian-kelurahan-error\"");
	}

	@Test
	void aCitizenCannotReadAnotherCitizensApplicationOrItsFiles() throws Exception {
		People.Citizen owner = people.citizen("Ahmad Fauzi");
		People.Citizen other = people.citizen("Yusuf Hamdani");
		UUID id = fileDomisili(owner, kelurahan.id());

		mvc.perform(get("/warga/permohonan/" + id + "/berkas/kk").session(owner.session())).andExpect(status().isOk());
		for (String path : List.of("", "/berkas/kk", "/berkas/ktp", "/dokumen.pdf")) {
			mvc.perform(get("/warga/permohonan/" + id + path).session(other.session()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(multipart("/warga/permohonan/" + id + "/perbaikan").file(Uploads.pdf("kk"))
			.with(csrf())
			.session(other.session())).andExpect(status().isNotFound());
		String list = mvc.perform(get("/warga/permohonan").session(other.session()))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(id.toString());
	}

	@Test
	void aPetugasOfAnotherKelurahanCanNeitherSeeNorActOnAnApplication() throws Exception {
		People.Citizen citizen = people.citizen("Lina Marlina");
		UUID id = fileDomisili(citizen, kelurahan.id());
		MockHttpSession stranger = people.staff("petugas-lain", Role.PETUGAS_LAYANAN, otherKelurahan.id());
		MockHttpSession own = people.staff("petugas", Role.PETUGAS_LAYANAN, kelurahan.id());

		mvc.perform(get("/staf/permohonan/" + id).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/staf/permohonan/" + id + "/berkas/kk").session(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/staf/permohonan/" + id + "/teruskan").with(csrf()).session(stranger))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staf/permohonan/" + id + "/tolak").param("alasan", "x").with(csrf()).session(stranger))
			.andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/staf/permohonan").session(stranger)).andReturn().getResponse()
			.getContentAsString()).doesNotContain(id.toString());
		assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DIAJUKAN);

		assertThat(mvc.perform(get("/staf/permohonan").session(own)).andReturn().getResponse().getContentAsString())
			.contains(id.toString());
		// The signing official of the right kelurahan sees it but cannot act on the verification step.
		MockHttpSession lurah = people.staff("lurah", Role.PEJABAT_PENANDATANGAN, kelurahan.id());
		assertThat(mvc.perform(get("/staf/permohonan/" + id).session(lurah))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Tahap ini ditangani peran Petugas layanan.").doesNotContain("PETUGAS_LAYANAN.");
		mvc.perform(post("/staf/permohonan/" + id + "/teruskan").with(csrf()).session(lurah))
			.andExpect(status().isForbidden());
		assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DIAJUKAN);
	}

	@Test
	void theDomisiliLetterIsReturnedForAMissingKkCopyCorrectedForwardedApprovedAndIssued() throws Exception {
		People.Citizen citizen = people.citizen("Siti Aminah");
		UUID id = fileDomisili(citizen, kelurahan.id());
		MockHttpSession petugas = people.staff("petugas", Role.PETUGAS_LAYANAN, kelurahan.id());
		MockHttpSession lurah = people.staff("lurah", Role.PEJABAT_PENANDATANGAN, kelurahan.id());

		mvc.perform(post("/staf/permohonan/" + id + "/kembalikan").param("alasan.kk", "Salinan KK tidak terbaca")
			.param("alasan.ktp", "")
			.with(csrf())
			.session(petugas)).andExpect(status().is3xxRedirection());
		Application returned = repository.find(id).orElseThrow();
		assertThat(returned.status()).isEqualTo(ApplicationStatus.DIKEMBALIKAN);
		assertThat(returned.corrections()).containsOnlyKeys("kk");
		assertThat(returned.clock().isPaused()).isTrue();
		assertThat(outboxCount(citizen.email(), "permohonan-dikembalikan")).isEqualTo(1);

		// Resubmitting without the requested file is refused next to that requirement.
		String refused = mvc.perform(multipart("/warga/permohonan/" + id + "/perbaikan").with(csrf())
			.session(citizen.session())).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Unggah ulang berkas ini");
		mvc.perform(multipart("/warga/permohonan/" + id + "/perbaikan").file(Uploads.pdf("kk"))
			.param("isian.keperluan", "Melamar pekerjaan")
			.param("isian.alamat", "Jl. Merdeka No. 5, RT 01 RW 02")
			.param("isian.kelurahan", String.valueOf(kelurahan.id()))
			.with(csrf())
			.session(citizen.session())).andExpect(status().is3xxRedirection());
		assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DIAJUKAN);

		mvc.perform(post("/staf/permohonan/" + id + "/teruskan").with(csrf()).session(petugas))
			.andExpect(status().is3xxRedirection());
		assertThat(repository.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DIPROSES);
		mvc.perform(post("/staf/permohonan/" + id + "/setujui").with(csrf()).session(lurah))
			.andExpect(status().is3xxRedirection());

		Application done = repository.find(id).orElseThrow();
		assertThat(done.status()).isEqualTo(ApplicationStatus.SELESAI);
		assertThat(done.documentId()).isNotNull();
		assertThat(documents.find(done.documentId()).orElseThrow().status()).isEqualTo(DocumentStatus.VALID);
		assertThat(done.expiresOn()).isEqualTo(done.issuedOn().plusMonths(6));
		byte[] pdf = mvc.perform(get("/warga/permohonan/" + id + "/dokumen.pdf").session(citizen.session()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(repository.history(id)).extracting(HistoryEntry::action)
			.containsExactly("permohonan.submitted", "permohonan.returned", "permohonan.resubmitted",
					"permohonan.forwarded", "permohonan.completed");
		assertThat(repository.history(id).get(1).reason()).contains("Kartu Keluarga: Salinan KK tidak terbaca");
		assertThat(repository.history(id).get(1).actorRole()).isEqualTo("PETUGAS_LAYANAN");
		assertThat(outboxCount(citizen.email(), "permohonan-selesai")).isEqualTo(1);

		// Public tracking shows the status without personal data.
		String tracked = mvc.perform(get("/lacak").param("kode", TrackingCodes.display(done.trackingCode())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tracked).contains(done.registrationNumber()).contains("Selesai")
			.doesNotContain("Siti Aminah").doesNotContain("Salinan KK");
	}

	@Test
	void aPermitGoesThroughInspectionAndKomitmenToAnIssuedPermitThatExpiresInFiveYears() throws Exception {
		UnitView dpmptsp = units.findByCode("DPMPTSP").orElseThrow();
		People.Citizen citizen = people.citizen("Wahyu Pratama");
		MvcResult filed = mvc.perform(multipart("/warga/permohonan/baru/" + IUMK)
			.file(Uploads.png("ktp")).file(Uploads.pdf("kk")).file(Uploads.png("pas-foto"))
			.file(Uploads.pdf("keterangan-domisili-usaha")).file(Uploads.png("foto-lokasi"))
			.file(Uploads.pdf("pernyataan-komitmen"))
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("isian.nama-usaha", "Pempek Cek Wahyu")
			.param("isian.bidang-usaha", "Kuliner")
			.param("isian.kegiatan-usaha", "Produksi dan penjualan pempek")
			.param("isian.alamat-usaha", "Jl. Kolonel Atmo 12")
			.param("isian.kelurahan-usaha", String.valueOf(kelurahan.id()))
			.param("isian.modal-usaha", "25000000")
			.param("isian.tenaga-kerja", "3")
			.with(csrf())
			.session(citizen.session())).andExpect(status().is3xxRedirection()).andReturn();
		String location = filed.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/warga/permohonan/".length(), location.indexOf('?')));
		assertThat(repository.find(id).orElseThrow().unitId()).isEqualTo(dpmptsp.id());

		MockHttpSession petugas = people.staff("petugas-izin", Role.PETUGAS_LAYANAN, dpmptsp.id());
		MockHttpSession lapangan = people.staff("lapangan", Role.PETUGAS_LAPANGAN, dpmptsp.id());
		MockHttpSession kepala = people.staff("kepala-dpmptsp", Role.PEJABAT_PENANDATANGAN, dpmptsp.id());
		mvc.perform(post("/staf/permohonan/" + id + "/teruskan").with(csrf()).session(petugas));
		mvc.perform(post("/staf/permohonan/" + id + "/pemeriksaan").param("catatan", "")
			.with(csrf()).session(lapangan));
		assertThat(repository.find(id).orElseThrow().stepKey()).isEqualTo("tinjau-lapangan");
		mvc.perform(post("/staf/permohonan/" + id + "/pemeriksaan").param("catatan", "Lokasi sesuai, bersih")
			.with(csrf()).session(lapangan));
		mvc.perform(post("/staf/permohonan/" + id + "/komitmen").param("catatan", "Tempat sampah terpilah tersedia")
			.with(csrf()).session(petugas));
		mvc.perform(post("/staf/permohonan/" + id + "/setujui").with(csrf()).session(kepala));

		Application done = repository.find(id).orElseThrow();
		assertThat(done.status()).isEqualTo(ApplicationStatus.SELESAI);
		assertThat(done.inspectionNote()).isEqualTo("Lokasi sesuai, bersih");
		assertThat(done.komitmenNote()).isEqualTo("Tempat sampah terpilah tersedia");
		assertThat(done.expiresOn()).isEqualTo(done.issuedOn().plusMonths(60));
		assertThat(repository.history(id)).extracting(HistoryEntry::action)
			.containsExactly("permohonan.submitted", "permohonan.forwarded", "permohonan.inspection-recorded",
					"permohonan.komitmen-confirmed", "permohonan.completed");

		// 30 days before expiry the holder is told, once.
		clock.setInstant(done.expiresOn().minusDays(20).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
		scan.noticeExpiringPermits();
		scan.noticeExpiringPermits();
		assertThat(outboxCount(citizen.email(), "permohonan-izin-berakhir")).isEqualTo(1);
	}

	@Test
	void anOverdueStepIsFlaggedOnceAndShownFirstInTheInbox() throws Exception {
		People.Citizen citizen = people.citizen("Hendra Gunawan");
		clock.setInstant(Instant.parse("2026-03-02T03:00:00Z"));
		UUID late = fileDomisili(citizen, otherKelurahan.id());
		clock.setInstant(Instant.parse("2026-03-02T04:00:00Z"));
		UUID fresh = fileDomisili(citizen, otherKelurahan.id());
		clock.setInstant(Instant.parse("2026-03-02T03:00:00Z").plus(Duration.ofDays(10)));
		// The fresh one was refiled just now.
		jdbc.sql("UPDATE permohonan SET step_started_at = :now, sla_started_at = :now, step_due_at = NULL, due_at = NULL WHERE id = :id")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("id", fresh)
			.update();

		scan.flagOverdue();
		scan.flagOverdue();
		assertThat(jdbc.sql("SELECT count(*) FROM permohonan_overdue WHERE application_id = :id")
			.param("id", late).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM permohonan_overdue WHERE application_id = :id")
			.param("id", fresh).query(Long.class).single()).isZero();

		MockHttpSession petugas = people.staff("petugas-telat", Role.PETUGAS_LAYANAN, otherKelurahan.id());
		String inbox = mvc.perform(get("/staf/permohonan").session(petugas)).andReturn().getResponse()
			.getContentAsString();
		assertThat(inbox.indexOf(late.toString())).isPositive().isLessThan(inbox.indexOf(fresh.toString()));
		assertThat(inbox).contains("pmh-overdue");
	}
}
