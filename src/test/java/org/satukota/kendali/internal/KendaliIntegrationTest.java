package org.satukota.kendali.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PerformanceFigure;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class KendaliIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Registry registry;

	@Autowired
	KendaliRepository repository;

	@Autowired
	KpiService kpis;

	@Autowired
	IncidentPerformance performance;

	@Autowired
	StaleUnitScan staleScan;

	@Autowired
	FeedStore feed;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Staff staff;

	long damkar;

	long dinkes;

	MockHttpSession operator;

	@BeforeEach
	void setUp() throws Exception {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		staff = new Staff(mvc);
		damkar = units.findByCode("DAMKAR").orElseThrow().id();
		dinkes = units.findByCode("DINKES").orElseThrow().id();
		operator = staff.session("operator", Role.OPERATOR_112, units.findByCode("DISKOMINFO").orElseThrow().id());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPrankCallIsLoggedWithoutAnIncidentAndAnEmergencyCallBecomesOne() throws Exception {
		long callsBefore = count("kendali_call");
		mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
			.param("nomor", "0811 2233 445").param("saluran", "PHONE").param("klasifikasi", "PRANK"))
			.andExpect(redirectedUrl("/staf/kendali"));
		assertThat(count("kendali_call")).isEqualTo(callsBefore + 1);

		long incidentId = emergency("Jl. Merdeka 17", "Rumah terbakar, asap tebal");
		Records.Incident incident = repository.incident(incidentId).orElseThrow();
		assertThat(incident.typeCode()).isEqualTo("KEBAKARAN");
		assertThat(incident.status()).isEqualTo(IncidentStatus.NEW);
		assertThat(incident.number()).startsWith("KJD-");
		assertThat(repository.callsOf(incidentId)).singleElement()
			.satisfies(call -> assertThat(call.classification()).isEqualTo(CallClassification.EMERGENCY));

		mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
			.param("saluran", "PHONE").param("klasifikasi", "DUPLICATE").param("duplikatDari", String.valueOf(incidentId)))
			.andExpect(redirectedUrl("/staf/kendali"));
		assertThat(repository.callsOf(incidentId)).hasSize(2);
	}

	@Test
	void anIncompleteEmergencyCallIsShownAgainWithMessagesAndNothingIsSaved() throws Exception {
		long callsBefore = count("kendali_call");
		long incidentsBefore = count("kendali_incident");
		mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
			.param("saluran", "PHONE").param("klasifikasi", "EMERGENCY").param("jenis", "").param("prioritas", "HIGH")
			.param("lintang", "abc").param("uraian", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pilih jenis kejadian yang aktif.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
		assertThat(count("kendali_call")).isEqualTo(callsBefore);
		assertThat(count("kendali_incident")).isEqualTo(incidentsBefore);
	}

	@Test
	void aFireIsDispatchedToTwoAgenciesHandledByAUnitAndClosedWithItsResponseTimeInTheKpis() throws Exception {
		Instant start = Instant.parse("2026-02-10T03:00:00Z");
		clock.setInstant(start);
		long unit = registry.registerUnit(damkar, Staff.unique("DMK-"), "Mobil pemadam", FieldUnitKind.FIRE_ENGINE, Actor.SYSTEM);
		String crew = staff.account("damkar", Role.PETUGAS_LAPANGAN, damkar);
		MockHttpSession field = staff.logIn(crew, Staff.PASSWORD);

		clock.setInstant(start);
		long incidentId = emergency("Pasar 16 Ilir", "Kios terbakar");
		clock.setInstant(start.plusSeconds(40));
		mvc.perform(post("/staf/kendali/kejadian/{id}/disposisi", incidentId).with(csrf()).session(operator)
			.param("instansi", String.valueOf(damkar), String.valueOf(dinkes)))
			.andExpect(flash().attributeExists("flash"));
		assertThat(repository.incident(incidentId).orElseThrow().status()).isEqualTo(IncidentStatus.DISPATCHED);

		clock.setInstant(start.plusSeconds(60));
		mvc.perform(post("/staf/unit/kejadian/{id}/instansi/{a}/terima", incidentId, damkar).with(csrf()).session(field))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/staf/unit/kejadian/{id}/armada", incidentId).with(csrf()).session(field)
			.param("armada", String.valueOf(unit))).andExpect(flash().attributeExists("flash"));
		clock.setInstant(start.plusSeconds(120));
		fieldStatus(field, unit, "EN_ROUTE");
		clock.setInstant(start.plusSeconds(600));
		fieldStatus(field, unit, "ON_SCENE");
		assertThat(repository.incident(incidentId).orElseThrow().status()).isEqualTo(IncidentStatus.ON_SCENE);

		mvc.perform(post("/staf/kendali/kejadian/{id}/tutup", incidentId).with(csrf()).session(operator)
			.param("disposisi", "HANDLED"))
			.andExpect(flash().attribute("actionError", org.hamcrest.Matchers.containsString("Masih ada armada")));

		mvc.perform(post("/staf/kendali/kejadian/{id}/instansi/{a}/tidak-mampu", incidentId, dinkes).with(csrf())
			.session(operator).param("alasan", "Semua ambulans sedang bertugas")).andExpect(flash().attributeExists("flash"));
		clock.setInstant(start.plusSeconds(2400));
		fieldStatus(field, unit, "RETURNING");
		clock.setInstant(start.plusSeconds(2500));
		mvc.perform(post("/staf/kendali/kejadian/{id}/tutup", incidentId).with(csrf()).session(operator)
			.param("disposisi", "HANDLED").param("catatan", "Api padam"))
			.andExpect(flash().attributeExists("flash"));

		Records.Incident closed = repository.incident(incidentId).orElseThrow();
		assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(closed.disposition()).isEqualTo(Disposition.HANDLED);
		assertThat(repository.incidentEvents(incidentId)).extracting(Records.IncidentEvent::kind)
			.containsExactly("CREATED", "AGENCY_NOTIFIED", "AGENCY_NOTIFIED", "AGENCY_ACKNOWLEDGED", "AGENCY_UNABLE",
					"AGENCY_RELEASED", "CLOSED");

		ResponseKpis.Report report = ResponseKpis.compute(
				kpis.facts(start.minusSeconds(1), start.plusSeconds(3600), null).incidents(), List.of(), damkar,
				ResponseKpis.Targets.defaults());
		assertThat(report.measure("response").p90Seconds()).isEqualTo(600.0);
		assertThat(report.measure("response").withinTarget()).isEqualTo(1);
		assertThat(report.measure("processing").p90Seconds()).isEqualTo(40.0);
		assertThat(report.measure("acknowledge").p90Seconds()).isEqualTo(20.0);
		assertThat(report.measure("turnout").p90Seconds()).isEqualTo(80.0);
		assertThat(report.measure("travel").p90Seconds()).isEqualTo(480.0);
		assertThat(report.measure("on-scene").p90Seconds()).isEqualTo(1800.0);
		assertThat(report.measure("close").p90Seconds()).isEqualTo(2500.0);

		List<PerformanceFigure> figures = performance.figures(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11));
		assertThat(figures).anySatisfy(f -> {
			assertThat(f.unitId()).isEqualTo(damkar);
			assertThat(f.measure()).isEqualTo(IncidentPerformance.WITHIN_TARGET);
			assertThat(f.met()).isPositive();
		});

		mvc.perform(get("/staf/kendali/kpi").session(operator).param("dari", "2026-02-10").param("sampai", "2026-02-10")
			.param("instansi", String.valueOf(damkar)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("10:00")));
	}

	@Test
	void aCorrectionAddsAnEventAndTheDerivedStatusAndTimesFollowIt() throws Exception {
		Instant start = Instant.parse("2026-02-11T03:00:00Z");
		clock.setInstant(start);
		long unit = registry.registerUnit(damkar, Staff.unique("DMK-"), "Mobil tangga", FieldUnitKind.FIRE_ENGINE, Actor.SYSTEM);
		long incidentId = emergency("Jl. Sudirman", "Gudang terbakar");
		mvc.perform(post("/staf/kendali/kejadian/{id}/disposisi", incidentId).with(csrf()).session(operator)
			.param("instansi", String.valueOf(damkar)));
		mvc.perform(post("/staf/kendali/kejadian/{id}/armada", incidentId).with(csrf()).session(operator)
			.param("armada", String.valueOf(unit)));
		clock.setInstant(start.plusSeconds(300));
		mvc.perform(post("/staf/kendali/armada/{u}/status", unit).with(csrf()).session(operator).param("status", "ON_SCENE"));
		UnitEvent wrong = repository.unitEvents(unit).get(1);
		assertThat(wrong.status()).isEqualTo(UnitStatus.ON_SCENE);

		clock.setInstant(start.plusSeconds(400));
		mvc.perform(post("/staf/kendali/armada/peristiwa/{e}/koreksi", wrong.id()).with(csrf()).session(operator)
			.param("status", "EN_ROUTE").param("waktu", "").param("alasan", "Salah tekan, masih di jalan"))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/staf/kendali/armada/peristiwa/{e}/koreksi", wrong.id()).with(csrf()).session(operator)
			.param("status", "AVAILABLE").param("alasan", "Kedua kali"))
			.andExpect(flash().attribute("actionError", org.hamcrest.Matchers.containsString("sudah dikoreksi")));

		List<UnitEvent> all = repository.unitEvents(unit);
		assertThat(all).hasSize(3);
		assertThat(all.get(1)).isEqualTo(wrong);
		UnitStatusHistory history = UnitStatusHistory.of(all);
		assertThat(history.status()).isEqualTo(UnitStatus.EN_ROUTE);
		assertThat(history.first(UnitStatus.ON_SCENE, incidentId)).isEmpty();

		mvc.perform(post("/staf/kendali/kejadian/{id}/koreksi", incidentId).with(csrf()).session(operator)
			.param("kolom", "PRIORITY").param("nilai", "LOW").param("alasan", "Api kecil, sudah dipadamkan warga"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(repository.incident(incidentId).orElseThrow().priority()).isEqualTo(Priority.LOW);
		assertThat(repository.incidentEvents(incidentId)).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("CORRECTED");
			assertThat(e.detail()).isEqualTo("PRIORITY: HIGH → LOW");
			assertThat(e.reason()).isEqualTo("Api kecil, sudah dipadamkan warga");
		});
	}

	@Test
	void aFieldUnitCannotActForAnotherAgency() throws Exception {
		long unit = registry.registerUnit(dinkes, Staff.unique("AMB-"), "Ambulans", FieldUnitKind.AMBULANCE, Actor.SYSTEM);
		MockHttpSession damkarCrew = staff.session("damkar", Role.PETUGAS_LAPANGAN, damkar);
		mvc.perform(post("/staf/unit/armada/{u}/status", unit).with(csrf()).session(damkarCrew).param("status", "OUT_OF_SERVICE"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staf/kendali").session(damkarCrew)).andExpect(status().isForbidden());
		assertThat(repository.unitEvents(unit)).isEmpty();
	}

	@Test
	void aUnitStuckTooLongIsFlaggedOnce() throws Exception {
		Instant start = Instant.parse("2026-02-12T03:00:00Z");
		clock.setInstant(start);
		long unit = registry.registerUnit(damkar, Staff.unique("DMK-"), "Mobil", FieldUnitKind.FIRE_ENGINE, Actor.SYSTEM);
		long incidentId = emergency("Jl. Veteran", "Kebakaran lahan");
		mvc.perform(post("/staf/kendali/kejadian/{id}/disposisi", incidentId).with(csrf()).session(operator)
			.param("instansi", String.valueOf(damkar)));
		mvc.perform(post("/staf/kendali/kejadian/{id}/armada", incidentId).with(csrf()).session(operator)
			.param("armada", String.valueOf(unit)));
		clock.setInstant(start.plus(Duration.ofMinutes(4)));
		staleScan.flagStuckUnits();
		assertThat(flags(unit)).isZero();
		clock.setInstant(start.plus(Duration.ofMinutes(6)));
		staleScan.flagStuckUnits();
		staleScan.flagStuckUnits();
		assertThat(flags(unit)).isEqualTo(1);
		mvc.perform(get("/staf/kendali/armada").session(operator))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Terlalu lama")));
	}

	@Test
	void theWallStreamReplaysEverythingAfterLastEventIdAndThenDeliversLiveOverRealHttp() throws Exception {
		String operatorName = staff.account("dinding", Role.OPERATOR_112, units.findByCode("DISKOMINFO").orElseThrow().id());
		String cookie = SseClient.login(port, operatorName, Staff.PASSWORD);
		long before = feed.maxId();
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
				.param("saluran", "PHONE").param("klasifikasi", "GHOST"));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> feed.maxId() >= before + 3);
		List<Long> stored = jdbc.sql("SELECT id FROM kendali_feed WHERE id > :id ORDER BY id").param("id", before)
			.query(Long.class).list();

		try (SseClient client = new SseClient(port, "/kendali/dinding/aliran", cookie, String.valueOf(before))) {
			assertThat(client.status()).isEqualTo(200);
			List<SseClient.Event> replayed = client.await(stored.size(), 5_000);
			assertThat(replayed).extracting(SseClient.Event::id).containsExactlyElementsOf(stored);
			assertThat(replayed.get(0).data()).contains("\"label\":\"Panggilan 112: Ghost (diam)");

			mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
				.param("saluran", "PHONE").param("klasifikasi", "INFORMATION"));
			List<SseClient.Event> live = client.await(1, 5_000);
			assertThat(live).hasSize(1);
			assertThat(live.get(0).id()).isGreaterThan(stored.get(stored.size() - 1));
		}

		long middle = stored.get(0);
		try (SseClient again = new SseClient(port, "/kendali/dinding/aliran?setelah=0", cookie, String.valueOf(middle))) {
			List<SseClient.Event> caughtUp = again.await(stored.size(), 5_000);
			// Last-Event-ID wins over the query parameter; nothing at or below it is repeated.
			assertThat(caughtUp).extracting(SseClient.Event::id).startsWith(stored.get(1), stored.get(2))
				.doesNotContain(middle).doesNotHaveDuplicates().isSorted();
		}
	}

	@Test
	void aCitizenOrFieldUnitCannotOpenTheWall() throws Exception {
		MockHttpSession crew = staff.session("damkar", Role.PETUGAS_LAPANGAN, damkar);
		mvc.perform(get("/kendali/dinding").session(crew)).andExpect(status().isForbidden());
		mvc.perform(get("/kendali/dinding").session(operator)).andExpect(status().isOk());
	}

	private long emergency(String address, String description) throws Exception {
		String location = mvc.perform(post("/staf/kendali/panggilan").with(csrf()).session(operator)
			.param("nomor", "081234567890").param("penelepon", "Budi").param("saluran", "PHONE")
			.param("klasifikasi", "EMERGENCY").param("jenis", "KEBAKARAN").param("prioritas", "HIGH")
			.param("alamat", address).param("lintang", "-2.99").param("bujur", "104.76").param("uraian", description))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/staf/kendali/kejadian/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void fieldStatus(MockHttpSession field, long unit, String status) throws Exception {
		mvc.perform(post("/staf/unit/armada/{u}/status", unit).with(csrf()).session(field).param("status", status))
			.andExpect(flash().attributeExists("flash"));
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private long flags(long unit) {
		return jdbc.sql("""
				SELECT count(*) FROM kendali_unit_stale_flag f JOIN kendali_unit_event e ON e.id = f.unit_event_id
				WHERE e.field_unit_id = :u""").param("u", unit).query(Long.class).single();
	}
}
