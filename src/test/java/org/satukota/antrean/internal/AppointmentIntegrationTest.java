package org.satukota.antrean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class AppointmentIntegrationTest {

	/** Friday 4 December 2026, 10:00 WIB: the next working day is Monday 7 December. */
	private static final Instant FRIDAY = Instant.parse("2026-12-04T03:00:00Z");

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

	/** Monday 7 December 2026, 08:30 WIB. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T01:30:00Z");

	private static final Actor ADMIN = new Actor("admin", "ADMIN", null);

	@Autowired
	AppointmentBooking booking;

	@Autowired
	CounterDesk desk;

	@Autowired
	AppointmentReminders reminders;

	@Autowired
	ScheduleAdministration schedules;

	@Autowired
	AppointmentRepository repository;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	ServiceVersion service;

	UnitView unit;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		service = AntreanFixtures.kelurahanVisitService(catalog);
		unit = AntreanFixtures.freshKelurahan(units);
		clock.setInstant(FRIDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void quota(int perService) {
		schedules.save(Schedule.of(unit.id(), perService, null, LocalTime.of(8, 0), LocalTime.of(12, 0), 60, 10),
				ADMIN);
	}

	private Appointment book(AppointmentBooking.Citizen citizen, LocalDate day) {
		return booking.book(service.code(), unit.id(), day, citizen);
	}

	@Test
	void bookingGivesQueueNumbersInOrderPerUnitAndDayAndIsAudited() {
		Appointment first = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		Appointment second = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		Appointment otherDay = book(AntreanFixtures.anonymousCitizen(), TUESDAY);

		assertThat(first.queueNumber()).isEqualTo("A-001");
		assertThat(second.queueNumber()).isEqualTo("A-002");
		assertThat(otherDay.queueNumber()).isEqualTo("A-001");
		assertThat(first.status()).isEqualTo(AppointmentStatus.MENUNGGU);
		assertThat(first.serviceName()).isEqualTo(service.name());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = "
					+ "'antrean.appointment-booked' AND record_id = ?").param(Long.toString(first.id()))
				.query(Integer.class)
				.single()).isEqualTo(1));
	}

	@Test
	void theDayOptionsShowTheRemainingQuotaAndOnlyWorkingDaysFromTomorrow() {
		quota(3);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		List<AppointmentBooking.DayOption> options = booking.dayOptions(service, unit.id());
		assertThat(options).hasSize(10);
		assertThat(options.get(0)).isEqualTo(new AppointmentBooking.DayOption(MONDAY, 2));
		assertThat(options.get(1)).isEqualTo(new AppointmentBooking.DayOption(TUESDAY, 3));
		assertThat(options).extracting(AppointmentBooking.DayOption::day)
			.allMatch(day -> day.getDayOfWeek().getValue() <= 5);
	}

	@Test
	void aFullDayIsRefusedWithTheQuotaFullMessage() {
		quota(2);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		assertThatThrownBy(() -> book(AntreanFixtures.anonymousCitizen(), MONDAY)).isInstanceOf(PolicyViolation.class)
			.hasMessage("antrean.quota-full");
		assertThat(repository.countActive(unit.id(), MONDAY)).isEqualTo(2);
		assertThat(booking.dayOptions(service, unit.id()).get(0).full()).isTrue();
	}

	@Test
	void twoCitizensRacingForTheLastSlotExactlyOneWins() throws Exception {
		quota(3);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		int racers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				AppointmentBooking.Citizen citizen = AntreanFixtures.anonymousCitizen();
				Callable<String> attempt = () -> {
					start.await();
					try {
						return book(citizen, MONDAY).queueNumber();
					}
					catch (PolicyViolation violation) {
						return violation.code();
					}
				};
				outcomes.add(pool.submit(attempt));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsOnlyOnce("A-003");
			assertThat(results).filteredOn("antrean.quota-full"::equals).hasSize(racers - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(repository.countActive(unit.id(), MONDAY)).isEqualTo(3);
	}

	@Test
	void aSecondBookingOfTheSameServiceOnTheSameDayIsRefusedEvenAtAnotherUnit() {
		AppointmentBooking.Citizen citizen = AntreanFixtures.anonymousCitizen();
		book(citizen, MONDAY);
		assertThatThrownBy(() -> book(citizen, MONDAY)).hasMessage("antrean.already-booked");
		UnitView other = AntreanFixtures.freshKelurahan(units);
		assertThatThrownBy(() -> booking.book(service.code(), other.id(), MONDAY, citizen))
			.hasMessage("antrean.already-booked");
		assertThat(book(citizen, TUESDAY).queueNumber()).isEqualTo("A-001");
	}

	@Test
	void todayWeekendsAndDaysBeyondTheWindowCannotBeBooked() {
		AppointmentBooking.Citizen citizen = AntreanFixtures.anonymousCitizen();
		assertThatThrownBy(() -> book(citizen, LocalDate.of(2026, 12, 4))).hasMessage("antrean.day-unavailable");
		assertThatThrownBy(() -> book(citizen, LocalDate.of(2026, 12, 5))).hasMessage("antrean.day-unavailable");
		assertThatThrownBy(() -> book(citizen, LocalDate.of(2026, 12, 25))).hasMessage("antrean.day-unavailable");
		assertThatThrownBy(() -> booking.book("tidak-ada", unit.id(), MONDAY, citizen))
			.hasMessage("antrean.service-unknown");
		assertThatThrownBy(() -> booking.book(service.code(), units.city().id(), MONDAY, citizen))
			.hasMessage("antrean.unit-invalid");
	}

	@Test
	void cancellingBeforeTheDayFreesTheSlotButNotTheNumber() {
		quota(1);
		AppointmentBooking.Citizen first = AntreanFixtures.anonymousCitizen();
		Appointment booked = book(first, MONDAY);
		assertThatThrownBy(() -> book(AntreanFixtures.anonymousCitizen(), MONDAY)).hasMessage("antrean.quota-full");

		Appointment cancelled = booking.cancel(booked.id(), first);
		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.DIBATALKAN);

		Appointment next = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		assertThat(next.queueNumber()).isEqualTo("A-002");
		assertThatThrownBy(() -> booking.cancel(next.id(), first)).isInstanceOf(AppointmentNotFound.class);
	}

	@Test
	void onTheDayItselfTheCitizenCanNoLongerCancel() {
		AppointmentBooking.Citizen citizen = AntreanFixtures.anonymousCitizen();
		Appointment booked = book(citizen, MONDAY);
		clock.setInstant(MONDAY_MORNING);
		assertThatThrownBy(() -> booking.cancel(booked.id(), citizen)).hasMessage("antrean.cancel-too-late");
	}

	@Test
	void theCounterCallsWaitingNumbersInOrderAndRecordsTheOutcome() {
		Appointment first = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		Appointment second = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		Appointment third = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		booking.cancel(second.id(), new AppointmentBooking.Citizen(second.accountId(), second.username()));
		clock.setInstant(MONDAY_MORNING);
		Actor petugas = new Actor("petugas.loket", "PETUGAS_LAYANAN", unit.id());

		Appointment called = desk.callNext(unit.id(), petugas);
		assertThat(called.id()).isEqualTo(first.id());
		assertThat(called.status()).isEqualTo(AppointmentStatus.DIPANGGIL);
		assertThat(called.calledBy()).isEqualTo("petugas.loket");
		assertThat(called.calledAt()).isEqualTo(MONDAY_MORNING);
		desk.serve(first.id(), petugas);

		assertThat(desk.callNext(unit.id(), petugas).id()).as("cancelled A-002 is skipped").isEqualTo(third.id());
		assertThatThrownBy(() -> desk.callNext(unit.id(), petugas)).hasMessage("antrean.queue-empty");
		assertThat(desk.todaysQueue(unit.id())).extracting(Appointment::queueNumber, Appointment::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A-001", AppointmentStatus.SELESAI),
					org.assertj.core.groups.Tuple.tuple("A-003", AppointmentStatus.DIPANGGIL));
	}

	@Test
	void aNoShowIsRecordedAndDoesNotFreeItsSlot() {
		quota(2);
		Appointment first = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		book(AntreanFixtures.anonymousCitizen(), MONDAY);
		clock.setInstant(MONDAY_MORNING);
		Actor petugas = new Actor("petugas.loket", "PETUGAS_LAYANAN", unit.id());
		desk.callNext(unit.id(), petugas);
		Appointment absent = desk.noShow(first.id(), petugas);

		assertThat(absent.status()).isEqualTo(AppointmentStatus.TIDAK_HADIR);
		assertThat(repository.find(first.id()).orElseThrow().finishedBy()).isEqualTo("petugas.loket");
		assertThat(repository.countActive(unit.id(), MONDAY)).isEqualTo(2);
		clock.setInstant(FRIDAY);
		assertThatThrownBy(() -> book(AntreanFixtures.anonymousCitizen(), MONDAY)).hasMessage("antrean.quota-full");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = "
					+ "'antrean.appointment-no-show' AND record_id = ?").param(Long.toString(first.id()))
				.query(Integer.class)
				.single()).isEqualTo(1));
	}

	@Test
	void theReminderIsSentOnTheWorkingDayBeforeAndOnlyOnce() throws Exception {
		String email = "antrean" + System.nanoTime() + "@warga.test";
		AppointmentBooking.Citizen citizen = AntreanFixtures.registerCitizen(mvc, jdbc, email);
		// Booked on Thursday for Monday: the reminder is due on Friday, not yet on Thursday.
		clock.setInstant(FRIDAY.minus(Duration.ofDays(1)));
		Appointment booked = book(citizen, MONDAY);
		assertThat(outbox(email, AppointmentMail.CONFIRMATION)).isEqualTo(1);

		reminders.sendDue();
		assertThat(outbox(email, AppointmentMail.REMINDER)).isZero();

		clock.setInstant(FRIDAY);
		reminders.sendDue();
		reminders.sendDue();
		clock.advance(Duration.ofHours(30));
		reminders.sendDue();

		assertThat(outbox(email, AppointmentMail.REMINDER)).isEqualTo(1);
		assertThat(repository.find(booked.id()).orElseThrow().remindedAt()).isNotNull();
		String body = jdbc.sql("SELECT body FROM notification_message WHERE recipient = ? AND template = ?")
			.params(email, AppointmentMail.REMINDER)
			.query(String.class)
			.single();
		assertThat(body).contains(booked.queueNumber(), "Senin, 7 Desember 2026", unit.name());
	}

	@Test
	void aCancelledBookingGetsNoReminder() throws Exception {
		String email = "antrean" + System.nanoTime() + "@warga.test";
		AppointmentBooking.Citizen citizen = AntreanFixtures.registerCitizen(mvc, jdbc, email);
		clock.setInstant(FRIDAY.minus(Duration.ofDays(1)));
		Appointment booked = book(citizen, MONDAY);
		booking.cancel(booked.id(), citizen);
		clock.setInstant(FRIDAY);
		reminders.sendDue();
		assertThat(outbox(email, AppointmentMail.REMINDER)).isZero();
	}

	@Test
	void staffOfAnotherUnitCannotSeeOrWorkThisUnitsQueue() throws Exception {
		Appointment booked = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		UnitView otherUnit = AntreanFixtures.freshKelurahan(units);
		String own = AntreanFixtures.createStaff(mvc, "PETUGAS_LAYANAN", unit.id());
		String stranger = AntreanFixtures.createStaff(mvc, "PETUGAS_LAYANAN", otherUnit.id());
		clock.setInstant(MONDAY_MORNING);

		MockHttpSession strangerSession = AntreanFixtures.logIn(mvc, stranger, AntreanFixtures.STAFF_PASSWORD);
		mvc.perform(get("/staf/antrean").param("unit", Long.toString(unit.id())).session(strangerSession))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staf/antrean/papan").param("unit", Long.toString(unit.id())).session(strangerSession))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staf/antrean/panggil").with(csrf()).param("unit", Long.toString(unit.id()))
			.session(strangerSession)).andExpect(status().isNotFound());
		mvc.perform(post("/staf/antrean/{id}/selesai", booked.id()).with(csrf()).session(strangerSession))
			.andExpect(status().isNotFound());
		String strangersOwnCounter = mvc.perform(get("/staf/antrean").session(strangerSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(strangersOwnCounter).contains(otherUnit.name()).doesNotContain(booked.queueNumber());
		assertThat(repository.find(booked.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.MENUNGGU);

		MockHttpSession ownSession = AntreanFixtures.logIn(mvc, own, AntreanFixtures.STAFF_PASSWORD);
		String counter = mvc.perform(get("/staf/antrean").session(ownSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(counter).contains(unit.name(), booked.queueNumber(), "Panggil berikutnya", "hx-get=");
		String board = mvc.perform(get("/staf/antrean/papan").param("unit", Long.toString(unit.id())).session(ownSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("id=\"papan\"", booked.queueNumber(), "name=\"_csrf\"").doesNotContain("<html");
		mvc.perform(post("/staf/antrean/panggil").with(csrf()).param("unit", Long.toString(unit.id()))
			.session(ownSession)).andExpect(status().is3xxRedirection());
		assertThat(repository.find(booked.id()).orElseThrow().calledBy()).isEqualTo(own);
	}

	@Test
	void aCitizenCannotCancelAnotherCitizensBookingThroughTheWeb() throws Exception {
		Appointment booked = book(AntreanFixtures.anonymousCitizen(), MONDAY);
		String email = "antrean" + System.nanoTime() + "@warga.test";
		AntreanFixtures.registerCitizen(mvc, jdbc, email);
		MockHttpSession session = AntreanFixtures.logIn(mvc, email, AntreanFixtures.CITIZEN_PASSWORD);
		mvc.perform(post("/warga/antrean/{id}/batal", booked.id()).with(csrf()).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/warga/antrean/baru").param("layanan", service.code())
			.param("unit", Long.toString(unit.id()))
			.session(session)).andExpect(status().isOk());
		assertThat(repository.find(booked.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.MENUNGGU);
	}

	@Test
	void anAdminsScheduleWithErrorsIsShownAgainAndNothingIsSaved() throws Exception {
		MockHttpSession admin = AntreanFixtures.logIn(mvc, "admin", "Admin#Uji2026");
		String page = mvc.perform(post("/admin/antrean/{id}", unit.id()).with(csrf())
			.session(admin)
			.param("kuotaLayanan", "0")
			.param("kuotaUnit", "")
			.param("jamBuka", "12:00")
			.param("jamTutup", "08:00")
			.param("menitSesi", "60")
			.param("hariKedepan", "10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("aria-invalid=\"true\"", "Kuota per layanan harus antara 1 dan 999");
		assertThat(repository.schedule(unit.id())).isEmpty();

		mvc.perform(post("/admin/antrean/{id}", unit.id()).with(csrf())
			.session(admin)
			.param("kuotaLayanan", "5")
			.param("kuotaUnit", "8")
			.param("jamBuka", "08:00")
			.param("jamTutup", "11:00")
			.param("menitSesi", "30")
			.param("hariKedepan", "5")).andExpect(status().is3xxRedirection());
		Schedule saved = repository.schedule(unit.id()).orElseThrow();
		assertThat(saved.quotaPerService()).isEqualTo(5);
		assertThat(saved.quotaPerUnit()).isEqualTo(8);
		assertThat(booking.dayOptions(service, unit.id())).hasSize(5);
	}

	private int outbox(String email, String template) {
		return jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = ? AND template = ?")
			.params(email, template)
			.query(Integer.class)
			.single();
	}
}
