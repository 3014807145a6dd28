package org.satukota.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.Complaints;
import org.satukota.pengaduan.PublicComplaintQuery;
import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PengaduanIntegrationTest {

	static final Actor COORDINATOR = new Actor("koordinator.uji", "ADMIN_PENGADUAN", null);

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
	Complaints complaints;

	@Autowired
	Figures figures;

	@Autowired
	ComplaintRepository repository;

	@Autowired
	MutableClock clock;

	@Autowired
	RoutingAdvice routingAdvice;

	MockMvc mvc;

	Fixtures fixtures;

	UnitView dpupr;

	UnitView dlh;

	UnitView kelurahan;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new Fixtures(mvc, jdbc);
		dpupr = units.findByCode("DPUPR").orElseThrow();
		dlh = units.findByCode("DLH").orElseThrow();
		kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).findFirst().orElseThrow();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private ComplaintSubmission submission(String title, Long accountId, boolean anonim, boolean rahasia, Double lat,
			Double lon) {
		return submission(title, accountId, anonim, rahasia, lat, lon, kelurahan.id());
	}

	private ComplaintSubmission submission(String title, Long accountId, boolean anonim, boolean rahasia, Double lat,
			Double lon, long kelurahanId) {
		return new ComplaintSubmission("uji", UUID.randomUUID().toString(), ComplaintKind.PENGADUAN, "jalan-rusak", title,
				"Lubang besar di badan jalan dekat sekolah, membahayakan pengendara motor.", lat, lon, kelurahanId,
				"Jl. Merdeka dekat SD Negeri 1", accountId, "Siti Aminah", anonim ? "siti.uji@warga.test" : null, null, anonim, rahasia,
				null);
	}

	private Complaint file(ComplaintSubmission s) {
		Intake.Outcome outcome = intake.file(s, List.of(), List.of(), false);
		assertThat(outcome.problems()).isEmpty();
		return repository.find(outcome.receipt().complaintId()).orElseThrow();
	}

	/**
	 * Moving the clock weeks ahead would escalate every open report other tests left behind (and e-mail staff about
	 * each); the deadline scan looks only at reports with a due date, so park the others.
	 */
	private void onlyDue(Complaint c) {
		jdbc.sql("UPDATE pengaduan SET due_at = NULL WHERE id <> :id AND due_at IS NOT NULL").param("id", c.id).update();
	}

	private Actor liaison(long opdId) {
		return new Actor("penghubung.uji", "ADMIN_PENGHUBUNG_OPD", opdId);
	}

	private Status statusOf(UUID id) {
		return repository.find(id).orElseThrow().status;
	}

	@Test
	void concurrentRetriesOfOneSubmissionFileExactlyOneReport() throws Exception {
		ComplaintSubmission s = submission("Jalan berlubang di Jl. Rajawali", null, false, false, -2.97, 104.76);
		int tries = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(tries);
		List<Future<Intake.Outcome>> results = new ArrayList<>();
		for (int i = 0; i < tries; i++) {
			Callable<Intake.Outcome> call = () -> {
				start.await();
				return intake.file(s, List.of(), List.of(), false);
			};
			results.add(pool.submit(call));
		}
		start.countDown();
		Set<UUID> ids = new HashSet<>();
		int created = 0;
		for (Future<Intake.Outcome> result : results) {
			Intake.Outcome outcome = result.get();
			ids.add(outcome.receipt().complaintId());
			created += outcome.receipt().created() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(created).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM pengaduan WHERE channel = 'uji' AND idempotency_key = :k")
			.param("k", s.idempotencyKey()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCitizenFilesWithAPhotoAndTheStoredImageHasNoExifAndADoubleSubmitFilesOnce() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Rina Wulandari");
		String key = UUID.randomUUID().toString();
		byte[] photo = Fixtures.jpegWithExif();
		assertThat(Fixtures.contains(photo, "PhoneModel")).isTrue();
		String first = submitForm(citizen, key, photo);
		String second = submitForm(citizen, key, photo);
		assertThat(first).isEqualTo(second).matches("ADU-\\d{4}-\\d{6}");
		Complaint c = repository.findByNumber(first).orElseThrow();
		assertThat(c.reporterAccountId).isEqualTo(citizen.accountId());
		assertThat(c.latitude).isEqualTo(-2.9761);
		List<Records.Attachment> files = repository.attachments(c.id);
		assertThat(files).hasSize(1);
		byte[] stored = mvc.perform(get("/warga/pengaduan/" + first + "/berkas/" + files.get(0).fileId())
			.session(citizen.session())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Fixtures.contains(stored, "PhoneModel")).isFalse();
		assertThat(Fixtures.contains(stored, "Exif")).isFalse();
		assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
		assertThat(outbox(citizen.email(), "pengaduan-diterima")).isEqualTo(1);
		String page = mvc.perform(get("/warga/pengaduan/" + first).session(citizen.session()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(first);
	}

	private String submitForm(Fixtures.Citizen citizen, String key, byte[] photo) throws Exception {
		MvcResult result = mvc.perform(multipart("/warga/pengaduan/baru")
			.file(new MockMultipartFile("berkas", "lubang.jpg", "image/jpeg", photo))
			.param("idempotencyKey", key)
			.param("kind", "PENGADUAN")
			.param("category", "jalan-rusak")
			.param("title", "Jalan berlubang di depan pasar")
			.param("description", "Lubang sedalam 20 cm, sudah dua motor jatuh minggu ini.")
			.param("latitude", "-2.9761")
			.param("longitude", "104.7754")
			.param("kelurahan", String.valueOf(kelurahan.id()))
			.param("address", "Jl. Pasar 16 Ilir")
			.session(citizen.session())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/warga/pengaduan/ADU-");
		return location.substring("/warga/pengaduan/".length(), location.indexOf('?'));
	}

	@Test
	void aReportFiledThroughHtmxIsAnsweredWithItsStatusPageInPlaceAndARetryFilesNothingMore() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Dewi Lestari");
		String key = UUID.randomUUID().toString();
		MvcResult first = fileInPlace(citizen, key);
		MvcResult retry = fileInPlace(citizen, key);

		String address = first.getResponse().getHeader("HX-Push-Url");
		assertThat(address).matches("/warga/pengaduan/ADU-\\d{4}-\\d{6}\\?terkirim");
		assertThat(retry.getResponse().getHeader("HX-Push-Url")).isEqualTo(address);
		String number = address.substring("/warga/pengaduan/".length(), address.indexOf('?'));
		assertThat(first.getResponse().getContentAsString()).contains("id=\"notice-terkirim\"").contains(number)
			.contains("Trotoar retak di depan sekolah");
		assertThat(jdbc.sql("SELECT count(*) FROM pengaduan WHERE idempotency_key = :k").param("k", key)
			.query(Long.class).single()).isEqualTo(1);
	}

	private MvcResult fileInPlace(Fixtures.Citizen citizen, String key) throws Exception {
		return mvc.perform(multipart("/warga/pengaduan/baru")
			.param("idempotencyKey", key)
			.param("kind", "PENGADUAN")
			.param("category", "jalan-rusak")
			.param("title", "Trotoar retak di depan sekolah")
			.param("description", "Retakan memanjang, anak-anak sering tersandung saat pulang sekolah.")
			.param("kelurahan", String.valueOf(kelurahan.id()))
			.param("address", "Jl. Sekolah No. 3")
			.header("HX-Request", "true").header("HX-Boosted", "true")
			.session(citizen.session())
			.with(csrf())).andExpect(status().isOk()).andReturn();
	}

	@Test
	void anInvalidFormIsShownAgainWithMessagesAndSavesNothing() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Budi Santoso");
		long before = jdbc.sql("SELECT count(*) FROM pengaduan").query(Long.class).single();
		String page = mvc.perform(multipart("/warga/pengaduan/baru")
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("kind", "PENGADUAN")
			.param("category", "")
			.param("title", "")
			.param("description", "x")
			.param("latitude", "abc")
			.session(citizen.session())
			.with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("kategori-error").contains("judul-error").contains("lokasi-error")
			.contains("aria-invalid=\"true\"");
		assertThat(jdbc.sql("SELECT count(*) FROM pengaduan").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aReportGoesFromDispositionThroughAnAnswerToARatingAndEveryStepIsLogged() throws Exception {
		PublishedEvents events = PublishedEvents.startRecording(context, "pengaduan.");
		try {
			Complaint c = file(submission("Drainase tersumbat", null, false, false, -2.98, 104.75));
			handling.dispose(c.id, List.of(dpupr.id()), "Cek saluran", COORDINATOR);
			assertThat(statusOf(c.id)).isEqualTo(Status.DIDISPOSISI);
			handling.accept(c.id, dpupr.id(), liaison(dpupr.id()));
			handling.progress(c.id, dpupr.id(), "Tim sudah meninjau lokasi.", List.of(), liaison(dpupr.id()));
			handling.answer(c.id, dpupr.id(), "Saluran sudah dibersihkan.", List.of(), liaison(dpupr.id()));
			assertThat(statusOf(c.id)).isEqualTo(Status.MENUNGGU_TANGGAPAN);
			handling.rate(c.id, 5, "Cepat sekali", Actor.citizen("tamu-" + c.trackingNumber));
			Complaint done = repository.find(c.id).orElseThrow();
			assertThat(done.status).isEqualTo(Status.SELESAI);
			assertThat(done.rating).isEqualTo(5);
			assertThat(done.answeredOnTime).isTrue();
			assertThat(done.firstResponseAt).isNotNull();
			assertThat(repository.actions(c.id)).extracting(Records.Action::action)
				.containsSubsequence("pengaduan.submitted", "pengaduan.disposed", "pengaduan.accepted",
						"pengaduan.progress", "pengaduan.answered", "pengaduan.rated", "pengaduan.closed");
			assertThat(events.stream().filter(e -> e.recordId().equals(c.id.toString())).map(AuditedEvent::action))
				.contains("pengaduan.submitted", "pengaduan.disposed", "pengaduan.answered", "pengaduan.closed");
			assertThat(complaints.findPublic(c.trackingNumber).orElseThrow().opdNames()).containsExactly(dpupr.name());
			assertThat(complaints.publicUpdates(c.submittedAt.minusSeconds(1), null, 1000))
				.filteredOn(u -> u.trackingNumber().equals(c.trackingNumber))
				.extracting(u -> u.description())
				.contains("Tim sudah meninjau lokasi.", "Saluran sudah dibersihkan.");
		}
		finally {
			events.stop();
		}
	}

	@Test
	void aReportsDossierHoldsWhatItsSeparateReadsHoldByIdAndByNumber() {
		Complaint c = file(submission("Lampu jalan padam", null, false, false, -2.99, 104.74));
		handling.dispose(c.id, List.of(dpupr.id(), dlh.id()), "Cek dua-duanya", COORDINATOR);
		handling.accept(c.id, dpupr.id(), liaison(dpupr.id()));
		handling.progress(c.id, dpupr.id(), "Foto lokasi terlampir.",
				List.of(new org.satukota.berkas.Upload("lokasi.jpg", Fixtures.jpegWithExif())), liaison(dpupr.id()));

		Records.Dossier byId = repository.dossier(c.id).orElseThrow();
		Records.Dossier byNumber = repository.dossierByNumber(c.trackingNumber).orElseThrow();

		for (Records.Dossier dossier : List.of(byId, byNumber)) {
			assertThat(dossier.complaint().id).isEqualTo(c.id);
			assertThat(dossier.complaint().status).isEqualTo(Status.DITINDAKLANJUTI);
			assertThat(dossier.dispositions()).hasSize(2).isEqualTo(repository.dispositions(c.id));
			assertThat(dossier.files()).hasSize(1).isEqualTo(repository.attachments(c.id));
			assertThat(dossier.actions()).isEqualTo(repository.actions(c.id))
				.extracting(Records.Action::action)
				.containsSubsequence("pengaduan.submitted", "pengaduan.disposed", "pengaduan.accepted",
						"pengaduan.progress");
		}
		assertThat(repository.dossier(UUID.randomUUID())).isEmpty();
		assertThat(repository.dossierByNumber("ADU-1999-000001")).isEmpty();
	}

	@Test
	void anActionSentByHtmxIsAnsweredWithThePageInPlaceAndAnOrdinaryFormPostWithARedirect() throws Exception {
		Complaint c = file(submission("Trotoar ambles di depan halte", null, false, false, -2.97, 104.76));
		MockHttpSession coordinator = fixtures.staff("koordinator", Role.ADMIN_PENGADUAN, units.city().id());
		String page = "/staf/pengaduan/" + c.id;

		MvcResult done = mvc.perform(post(page + "/disposisi").param("opd", Long.toString(dpupr.id()))
			.header("HX-Request", "true").header("HX-Boosted", "true").session(coordinator).with(csrf()))
			.andExpect(status().isOk()).andReturn();
		assertThat(done.getResponse().getHeader("HX-Replace-Url")).isEqualTo(page);
		assertThat(done.getResponse().getContentAsString()).contains("id=\"aksi-berhasil\"").contains("Didisposisikan")
			.doesNotContain("id=\"aksi-gagal\"");
		assertThat(done.getFlashMap().isEmpty()).isTrue();
		assertThat(statusOf(c.id)).isEqualTo(Status.DIDISPOSISI);

		// Refused in place: the same page with the policy's message, nothing changed.
		MvcResult refused = mvc.perform(post(page + "/arsip").param("reason", "")
			.header("HX-Request", "true").session(coordinator).with(csrf()))
			.andExpect(status().isOk()).andReturn();
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"aksi-gagal\"")
			.doesNotContain("id=\"aksi-berhasil\"");
		assertThat(statusOf(c.id)).isEqualTo(Status.DIDISPOSISI);

		// Without htmx: post-redirect-get, the outcome kept for the next page.
		MvcResult redirected = mvc.perform(post(page + "/arsip").param("reason", "")
			.session(coordinator).with(csrf()))
			.andExpect(status().isFound()).andReturn();
		assertThat(redirected.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(redirected.getResponse().getHeader("HX-Replace-Url")).isNull();
		assertThat(redirected.getFlashMap().keySet()).contains("pengaduanError");

		// A liaison of another OPD gets the not-found page, in place as well as without htmx.
		MockHttpSession other = fixtures.staff("penghubung.dlh", Role.ADMIN_PENGHUBUNG_OPD, dlh.id());
		mvc.perform(post("/staf/pengaduan/opd/" + c.id + "/terima").header("HX-Request", "true").session(other)
			.with(csrf())).andExpect(status().isNotFound());
		MockHttpSession liaison = fixtures.staff("penghubung.pupr", Role.ADMIN_PENGHUBUNG_OPD, dpupr.id());
		MvcResult accepted = mvc.perform(post("/staf/pengaduan/opd/" + c.id + "/terima").header("HX-Request", "true")
			.session(liaison).with(csrf())).andExpect(status().isOk()).andReturn();
		assertThat(accepted.getResponse().getHeader("HX-Replace-Url")).isEqualTo("/staf/pengaduan/opd/" + c.id);
		assertThat(accepted.getResponse().getContentAsString()).contains("id=\"aksi-berhasil\"")
			.contains("Ditindaklanjuti");
	}

	@Test
	void aLiaisonSeesOnlyReportsDisposedToTheirOpdByListAndById() throws Exception {
		Complaint c = file(submission("Jalan amblas", null, true, false, -2.99, 104.74));
		handling.dispose(c.id, List.of(dpupr.id()), null, COORDINATOR);
		MockHttpSession other = fixtures.staff("penghubung.dlh", Role.ADMIN_PENGHUBUNG_OPD, dlh.id());
		String list = mvc.perform(get("/staf/pengaduan/opd?tab=semua").session(other)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(c.trackingNumber);
		mvc.perform(get("/staf/pengaduan/opd/" + c.id).session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/staf/pengaduan/opd/" + c.id + "/terima").session(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staf/pengaduan/" + c.id).session(other)).andExpect(status().isForbidden());

		String owner = fixtures.staffAccount("penghubung.pupr", Role.ADMIN_PENGHUBUNG_OPD, dpupr.id());
		MockHttpSession mine = fixtures.logIn(owner, Fixtures.STAFF_PASSWORD);
		String inbox = mvc.perform(get("/staf/pengaduan/opd").session(mine)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(inbox).contains(c.trackingNumber);
		String detail = mvc.perform(get("/staf/pengaduan/opd/" + c.id).session(mine)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// Anonim: the OPD never sees who reported it.
		assertThat(detail).doesNotContain("Siti Aminah").doesNotContain("siti.uji@warga.test");
		mvc.perform(get("/api/pengaduan/" + c.id).with(httpBasic(owner, Fixtures.STAFF_PASSWORD)))
			.andExpect(status().isOk());
		String otherName = fixtures.staffAccount("penghubung.dlh", Role.ADMIN_PENGHUBUNG_OPD, dlh.id());
		mvc.perform(get("/api/pengaduan/" + c.id).with(httpBasic(otherName, Fixtures.STAFF_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRahasiaReportIsAbsentFromTheListTheMapTheFiguresAndThePublicContract() throws Exception {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
		long receivedBefore = dpuprReceived(today);
		Complaint secret = file(submission("Pungutan liar oleh oknum", null, false, true, -2.95, 104.73));
		Complaint open = file(submission("Jalan rusak parah", null, false, false, -2.95, 104.73));
		handling.dispose(secret.id, List.of(dpupr.id()), null, COORDINATOR);
		handling.dispose(open.id, List.of(dpupr.id()), null, COORDINATOR);
		String list = mvc.perform(get("/pengaduan?opd=" + dpupr.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains(open.trackingNumber).doesNotContain(secret.trackingNumber);
		String map = mvc.perform(get("/pengaduan/peta.json")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(map).contains(open.trackingNumber).doesNotContain(secret.trackingNumber);
		mvc.perform(get("/pengaduan/" + secret.trackingNumber)).andExpect(status().isNotFound());
		assertThat(complaints.findPublic(secret.trackingNumber)).isEmpty();
		assertThat(complaints.searchPublic(new PublicComplaintQuery(List.of(secret.trackingNumber, open.trackingNumber),
				null, null, null, null, null, null, null, null, 1, 100)).items())
			.extracting(p -> p.trackingNumber())
			.containsExactly(open.trackingNumber);
		assertThat(complaints.publicUpdates(null, null, 1000)).noneMatch(u -> u.trackingNumber().equals(secret.trackingNumber));
		assertThat(dpuprReceived(today)).isEqualTo(receivedBefore + 1);
		String figuresPage = mvc.perform(get("/pengaduan/kinerja")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(figuresPage).doesNotContain(secret.trackingNumber);
	}

	@Test
	void theFiguresPageSaysWhenItsFiguresWereWorkedOutAndKeepsThemForAMinute() throws Exception {
		// Ahead of the real time, so that a table another test left for this year counts as old.
		clock.setInstant(Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		long before = publicReceived(dpupr.id());
		assertThat(mvc.perform(get("/pengaduan/kinerja")).andReturn().getResponse().getContentAsString())
			.contains("id=\"dihitung-pada\"");

		Complaint c = file(submission("Saluran air tersumbat di gang masjid", null, false, false, null, null));
		handling.dispose(c.id, List.of(dpupr.id()), null, COORDINATOR);
		clock.advance(Duration.ofSeconds(59));
		assertThat(publicReceived(dpupr.id())).isEqualTo(before);
		clock.advance(Duration.ofSeconds(1));
		assertThat(publicReceived(dpupr.id())).isEqualTo(before + 1);
	}

	@Test
	void aYearOutsideTheFiguresRangeIsRefusedWithAMessageAndTheCurrentYearShown() throws Exception {
		String page = mvc.perform(get("/pengaduan/kinerja").param("tahun", "2000000000"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"tahun-ditolak\"").contains("Tahun harus antara 2000 dan 2100");
		mvc.perform(get("/pengaduan/kinerja").param("tahun", "1999")).andExpect(status().isBadRequest());
		mvc.perform(get("/pengaduan/kinerja").param("tahun", "tahun-lalu")).andExpect(status().isBadRequest());
		assertThat(mvc.perform(get("/pengaduan/kinerja").param("tahun", "2025")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("kepada setiap OPD pada tahun 2025.");
	}

	@Test
	void thePublicListPagesOnWhileMoreReportsFollowAndTheMapShowsThemAll() throws Exception {
		UnitView place = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN)
			.reduce((first, second) -> second).orElseThrow();
		for (int i = 0; i < PublicController.PAGE_SIZE + 1; i++) {
			file(submission("Jalan berlubang nomor " + i, null, false, false, -2.97, 104.74, place.id()));
		}
		long matching = jdbc.sql("SELECT count(*) FROM pengaduan WHERE NOT rahasia AND kelurahan_id = :k")
			.param("k", place.id()).query(Long.class).single();
		long lastPage = (matching + PublicController.PAGE_SIZE - 1) / PublicController.PAGE_SIZE;

		String first = publicList(place.id(), 1);
		assertThat(Pattern.compile("class=\"card\" data-nomor=").matcher(first).results().count())
			.isEqualTo(PublicController.PAGE_SIZE);
		assertThat(first).contains("Halaman 1").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
		String last = publicList(place.id(), lastPage);
		assertThat(Pattern.compile("class=\"card\" data-nomor=").matcher(last).results().count())
			.isEqualTo(matching - (lastPage - 1) * PublicController.PAGE_SIZE);
		assertThat(last).contains("Halaman " + lastPage).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		assertThat(publicList(place.id(), lastPage + 1)).contains("id=\"halaman-daftar\"")
			.doesNotContain("class=\"card\" data-nomor=");

		String map = mvc.perform(get("/pengaduan/peta.json").param("kelurahan", String.valueOf(place.id())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("\"trackingNumber\"").matcher(map).results().count()).isEqualTo(matching);
	}

	private String publicList(long kelurahanId, long page) throws Exception {
		return mvc.perform(get("/pengaduan").param("kelurahan", String.valueOf(kelurahanId))
			.param("halaman", String.valueOf(page))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** DPUPR's "received" cell on the public figures page, 0 while the OPD has no row. */
	private long publicReceived(long opdId) throws Exception {
		String page = mvc.perform(get("/pengaduan/kinerja")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		var row = Pattern.compile("data-opd=\"" + opdId + "\">.*?class=\"adu-received\">(\\d+)<", Pattern.DOTALL)
			.matcher(page);
		return row.find() ? Long.parseLong(row.group(1)) : 0;
	}

	private long dpuprReceived(LocalDate today) {
		return figures.figures(today.withDayOfYear(1), today.plusDays(1)).stream()
			.filter(f -> f.unitId() == dpupr.id() && f.measure().equals(Figures.RECEIVED))
			.mapToLong(f -> f.total())
			.sum();
	}

	@Test
	void silenceForTenWorkingDaysClosesTheReportAutomatically() {
		clock.setInstant(Instant.parse("2026-07-06T03:00:00Z"));
		Complaint c = file(submission("Lampu jalan mati", null, false, false, null, null));
		handling.dispose(c.id, List.of(dpupr.id()), null, COORDINATOR);
		handling.answer(c.id, dpupr.id(), "Lampu sudah diganti.", List.of(), liaison(dpupr.id()));
		// The tenth working day after Monday 6 July ends on Monday 20 July (no holidays in between).
		onlyDue(c);
		clock.setInstant(Instant.parse("2026-07-20T16:59:00Z"));
		job.run();
		assertThat(statusOf(c.id)).isEqualTo(Status.MENUNGGU_TANGGAPAN);
		clock.setInstant(Instant.parse("2026-07-20T17:00:00Z"));
		job.run();
		Complaint closed = repository.find(c.id).orElseThrow();
		assertThat(closed.status).isEqualTo(Status.SELESAI);
		assertThat(repository.actions(c.id)).extracting(Records.Action::actorUsername).contains("sistem");
	}

	@Test
	void aMissedVerificationDeadlineEscalatesAfterTheIdulFitriHolidaysNotBefore() {
		PublishedEvents events = PublishedEvents.startRecording(context, "pengaduan.");
		try {
			// Tuesday 17 March 2026 10:00 WIB; 18–24 March are holidays, so 3 working days end on Friday 27 March.
			clock.setInstant(Instant.parse("2026-03-17T03:00:00Z"));
			Complaint c = file(submission("Sampah menumpuk", null, false, false, null, null));
			onlyDue(c);
			clock.setInstant(Instant.parse("2026-03-20T17:00:00Z"));
			job.run();
			assertThat(actionsFor(events, c)).doesNotContain("pengaduan.overdue");
			clock.setInstant(Instant.parse("2026-03-27T16:59:00Z"));
			job.run();
			assertThat(actionsFor(events, c)).doesNotContain("pengaduan.overdue");
			clock.setInstant(Instant.parse("2026-03-27T17:00:00Z"));
			job.run();
			job.run();
			assertThat(actionsFor(events, c)).containsExactly("pengaduan.submitted", "pengaduan.overdue",
					"pengaduan.escalated");
			assertThat(repository.find(c.id).orElseThrow().escalationLevel).isEqualTo(1);
			// Two more working days (30 and 31 March) move it to the second level.
			clock.setInstant(Instant.parse("2026-03-31T16:59:00Z"));
			job.run();
			assertThat(repository.find(c.id).orElseThrow().escalationLevel).isEqualTo(1);
			clock.setInstant(Instant.parse("2026-03-31T17:00:00Z"));
			job.run();
			assertThat(repository.find(c.id).orElseThrow().escalationLevel).isEqualTo(2);
			assertThat(events.stream().filter(e -> e.recordId().equals(c.id.toString())).filter(
					e -> e.action().equals("pengaduan.escalated")).map(AuditedEvent::actor)).containsOnly(Actor.SYSTEM);
		}
		finally {
			events.stop();
		}
	}

	private static List<String> actionsFor(PublishedEvents events, Complaint c) {
		return events.stream().filter(e -> e.recordId().equals(c.id.toString())).map(AuditedEvent::action).toList();
	}

	@Test
	void holdingPausesTheClockAndTheReportersAnswerResumesIt() {
		clock.setInstant(Instant.parse("2026-07-06T03:00:00Z"));
		Complaint c = file(submission("Pohon rawan tumbang", null, false, false, null, null));
		handling.hold(c.id, "Di depan rumah nomor berapa?", COORDINATOR);
		Complaint held = repository.find(c.id).orElseThrow();
		assertThat(held.status).isEqualTo(Status.DITUNDA);
		assertThat(held.clock.isPaused()).isTrue();
		clock.setInstant(Instant.parse("2026-07-13T03:00:00Z"));
		handling.reply(c.id, "Nomor 12", Actor.citizen("tamu-" + c.trackingNumber));
		Complaint resumed = repository.find(c.id).orElseThrow();
		assertThat(resumed.status).isEqualTo(Status.DITERIMA);
		// Five working days passed while paused (7–10 and 13 July ends are not counted... 7,8,9,10 ended; 13 not yet).
		assertThat(resumed.clock.pausedWorkingDays()).isEqualTo(4);
	}

	@Test
	void aReporterReopensWithinTheWindowButNotAfterIt() {
		clock.setInstant(Instant.parse("2026-07-06T03:00:00Z"));
		Complaint c = file(submission("Genangan setelah hujan", null, false, false, null, null));
		handling.dispose(c.id, List.of(dpupr.id()), null, COORDINATOR);
		handling.answer(c.id, dpupr.id(), "Sudah dikeruk.", List.of(), liaison(dpupr.id()));
		handling.reopen(c.id, "Masih tergenang", Actor.citizen("tamu"));
		Complaint reopened = repository.find(c.id).orElseThrow();
		assertThat(reopened.status).isEqualTo(Status.DIBUKA_KEMBALI);
		assertThat(reopened.reopenedCount).isEqualTo(1);
		handling.answer(c.id, dpupr.id(), "Pompa dipasang.", List.of(), liaison(dpupr.id()));
		handling.rate(c.id, 4, null, Actor.citizen("tamu"));
		clock.setInstant(Instant.parse("2026-08-06T03:00:00Z"));
		assertThatThrownBy(() -> handling.reopen(c.id, "Lagi", Actor.citizen("tamu")))
			.isInstanceOf(PolicyViolation.class)
			.hasMessage("pengaduan.reopen-window-passed");
	}

	@Test
	void likelyDuplicatesAndTheSuggestedOpdAreShownOnTheVerifyPage() throws Exception {
		Complaint original = file(submission("Lubang besar di Jalan Angkatan 45 dekat sekolah", null, false, false,
				-2.9601, 104.7401));
		Complaint again = file(submission("Jalan Angkatan 45 berlubang besar dekat sekolah", null, false, false,
				-2.9602, 104.7402));
		MockHttpSession coordinator = fixtures.staff("koordinator", Role.ADMIN_PENGADUAN, units.city().id());
		String page = mvc.perform(get("/staf/pengaduan/" + again.id).session(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("kemungkinan-duplikat").contains(original.trackingNumber).contains("saran-kategori")
			.contains(dpupr.name());
		// The category's OPD is ticked in advance, and no other.
		assertThat(Pattern.compile("<input type=\"checkbox\" name=\"opd\"[^>]*checked[^>]*>").matcher(page)
			.results().map(MatchResult::group).toList())
			.containsExactly("<input type=\"checkbox\" name=\"opd\" id=\"opd-DPUPR\" value=\"" + dpupr.id()
					+ "\" checked=\"checked\">");
		mvc.perform(post("/staf/pengaduan/" + again.id + "/duplikat").param("original", original.trackingNumber)
			.session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(again.id)).isEqualTo(Status.DUPLIKAT);
		assertThat(complaints.findPublic(again.trackingNumber).orElseThrow().duplicateOf())
			.isEqualTo(original.trackingNumber);
	}

	@Test
	void reportsBeyondTheDistanceLimitAreNeverLikelyDuplicatesButReportsWithoutAPointInTheSameKelurahanMayBe() {
		long otherKelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN)
			.filter(u -> u.id() != kelurahan.id()).findFirst().orElseThrow().id();
		String title = "Aspal jalan Kolonel Atmo amblas sepanjang sepuluh meter";
		Complaint near = file(submission(title, null, false, false, -2.9801, 104.7601));
		Complaint far = file(submission(title, null, false, false, -2.9981, 104.7601));
		Complaint withoutPoint = file(submission(title, null, false, false, null, null));
		Complaint elsewhereWithoutPoint = file(submission(title, null, false, false, null, null, otherKelurahan));
		Complaint again = file(submission(title, null, false, false, -2.9802, 104.7602));

		assertThat(routingAdvice.duplicates(again)).extracting(RoutingAdvice.Duplicate::trackingNumber)
			.contains(near.trackingNumber, withoutPoint.trackingNumber)
			.doesNotContain(far.trackingNumber, elsewhereWithoutPoint.trackingNumber, again.trackingNumber);
		Complaint againWithoutPoint = file(submission(title, null, false, false, null, null));
		assertThat(routingAdvice.duplicates(againWithoutPoint)).extracting(RoutingAdvice.Duplicate::trackingNumber)
			.contains(withoutPoint.trackingNumber)
			.doesNotContain(elsewhereWithoutPoint.trackingNumber);
	}

	@Test
	void aGuestReportExistsOnlyAfterTheEmailedCodeIsEntered() throws Exception {
		String email = "tamu." + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
		MvcResult started = mvc.perform(multipart("/pengaduan/baru")
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("kind", "ASPIRASI")
			.param("category", "sampah-menumpuk")
			.param("title", "Tambah jadwal angkut sampah")
			.param("description", "TPS penuh setiap Senin pagi.")
			.param("kelurahan", String.valueOf(kelurahan.id()))
			.param("address", "TPS Jl. Kapten Rivai")
			.param("name", "Dewi Lestari")
			.param("email", email)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String verify = started.getResponse().getRedirectedUrl();
		assertThat(verify).startsWith("/pengaduan/verifikasi/");
		assertThat(jdbc.sql("SELECT count(*) FROM pengaduan WHERE reporter_email = :e").param("e", email)
			.query(Long.class).single()).isZero();
		String body = jdbc.sql("SELECT body FROM notification_message WHERE recipient = :r AND template = 'pengaduan-kode'")
			.param("r", email).query(String.class).single();
		String code = body.replaceAll("(?s).*?(\\d{6}).*", "$1");
		mvc.perform(post(verify).param("kode", code.equals("000000") ? "111111" : "000000").with(csrf()))
			.andExpect(status().isUnprocessableContent());
		MvcResult confirmed = mvc.perform(post(verify).param("kode", code).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String statusPage = confirmed.getResponse().getRedirectedUrl();
		assertThat(statusPage).startsWith("/pengaduan/ADU-").contains("kunci=");
		Complaint c = repository.findByNumber(statusPage.substring("/pengaduan/".length(), statusPage.indexOf('?')))
			.orElseThrow();
		assertThat(c.reporterEmail).isEqualTo(email);
		assertThat(c.kind).isEqualTo(ComplaintKind.ASPIRASI);
		String page = mvc.perform(get(statusPage)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("kirim-balasan");
	}

	@Test
	void theApiFilesOnceperIdempotencyKeyAndExplainsBadRequests() throws Exception {
		Fixtures.Citizen citizen = fixtures.citizen("Agus Setiawan");
		String body = """
				{"kind":"PENGADUAN","categoryCode":"lampu-lalu-lintas","title":"Lampu merah mati",
				 "description":"Simpang Charitas mati sejak pagi","latitude":-2.97,"longitude":104.76}""";
		String first = mvc.perform(post("/api/pengaduan").header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic(citizen.email(), Fixtures.PASSWORD))).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		String second = mvc.perform(post("/api/pengaduan").header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic(citizen.email(), Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String number = first.replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");
		assertThat(second).contains(number);
		mvc.perform(post("/api/pengaduan").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic(citizen.email(), Fixtures.PASSWORD))).andExpect(status().isBadRequest());
		String invalid = mvc.perform(post("/api/pengaduan").header("Idempotency-Key", "k-2")
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PENGADUAN\"}")
			.with(httpBasic(citizen.email(), Fixtures.PASSWORD))).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("fieldErrors").contains("pengaduan.submission-invalid");
		mvc.perform(get("/api/pengaduan/" + number).with(httpBasic(citizen.email(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/pengaduan/ADU-1999-999999").with(httpBasic(citizen.email(), Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void supportIsCountedOncePerSession() throws Exception {
		Complaint c = file(submission("Trotoar dipakai PKL", null, false, false, null, null));
		MockHttpSession visitor = new MockHttpSession();
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/pengaduan/" + c.trackingNumber + "/dukung").session(visitor).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/pengaduan/" + c.trackingNumber + "/dukung").session(new MockHttpSession()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(repository.find(c.id).orElseThrow().supportCount).isEqualTo(2);
	}

	@Autowired
	Categories categories;

	@Autowired
	RoutingAdvice routing;

	@Test
	void demoReportsFillThePublicListTheFiguresAndTheAccuracyPage() throws Exception {
		new DemoComplaints(intake, handling, repository, categories, units, routing, jdbc).run(null);
		long demo = jdbc.sql("SELECT count(*) FROM pengaduan WHERE channel = 'demo'").query(Long.class).single();
		assertThat(demo).isGreaterThanOrEqualTo(30);
		new DemoComplaints(intake, handling, repository, categories, units, routing, jdbc).run(null);
		assertThat(jdbc.sql("SELECT count(*) FROM pengaduan WHERE channel = 'demo'").query(Long.class).single())
			.isEqualTo(demo);
		assertThat(jdbc.sql("SELECT count(DISTINCT status) FROM pengaduan WHERE channel = 'demo'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(7);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
		assertThat(figures.figures(today.withDayOfYear(1), today.plusDays(1))).isNotEmpty();
		MockHttpSession admin = fixtures.logIn("admin", "Admin#Uji2026");
		String accuracy = mvc.perform(get("/admin/pengaduan/akurasi").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(accuracy).contains("id=\"akurasi\"");
		mvc.perform(get("/admin/pengaduan/kategori").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/pengaduan")).andExpect(status().isOk());
		mvc.perform(get("/pengaduan/kinerja")).andExpect(status().isOk());
	}

	@Test
	void anAdminAddsAndRetiresACategoryWhichThenStaysOnRecordButCannotBeChosen() throws Exception {
		MockHttpSession admin = fixtures.logIn("admin", "Admin#Uji2026");
		String code = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/pengaduan/kategori").param("code", code).param("parent", "infrastruktur")
			.param("name", "Trotoar rusak").param("opd", "DPUPR").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(complaints instanceof PublicReports).isTrue();
		assertThat(categories.activeLeaf(code)).get().extracting(c -> c.defaultOpdId()).isEqualTo(dpupr.id());
		mvc.perform(post("/admin/pengaduan/kategori/" + code + "/pensiun").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(categories.activeLeaf(code)).isEmpty();
		assertThat(categories.row(code)).get().extracting(Categories.Row::version).isEqualTo(2);
		mvc.perform(post("/admin/pengaduan/kategori").param("code", code).param("parent", "infrastruktur")
			.param("name", "Lagi").param("opd", "DPUPR").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("pengaduanError", "pengaduan.category-code-taken"));
	}

	private long outbox(String email, String template) {
		return jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = :r AND template = :t")
			.param("r", email)
			.param("t", template)
			.query(Long.class)
			.single();
	}

	static Duration days(int n) {
		return Duration.ofDays(n);
	}
}
