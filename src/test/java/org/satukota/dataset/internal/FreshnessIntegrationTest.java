package org.satukota.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.satukota.account.Role;
import org.satukota.dataset.DatasetStale;
import org.satukota.dataset.DatasetStaleEscalated;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;
import org.satukota.shared.UpdateFrequency;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** Published datasets go late by their update frequency; owners are e-mailed once, Diskominfo after the grace. */
@IntegrationTest
class FreshnessIntegrationTest {

	@Autowired
	MutableClock clock;

	@Autowired
	DatasetFreshnessScan scan;

	@Autowired
	DatasetRepository repository;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	WebApplicationContext web;

	PublishedEvents events;

	String slug;

	ZoneId zone;

	@BeforeEach
	void record() {
		events = PublishedEvents.startRecording(context, "dataset.");
		zone = units.cityProfile().zone();
	}

	@AfterEach
	void resetClock() {
		events.stop();
		clock.reset();
	}

	Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
	}

	List<AuditedEvent> staleEventsOf(Dataset d) {
		return events.stream().filter(e -> e.recordId().equals(d.slug()) && e.action().equals("dataset.stale")).toList();
	}

	@ParameterizedTest(name = "{0}: updated {1}, due {2}")
	@CsvSource({ "DAILY, 2031-01-31T09:00, 2031-02-01T09:00", "WEEKLY, 2031-01-31T09:00, 2031-02-07T09:00",
			"MONTHLY, 2031-01-31T09:00, 2031-02-28T09:00", "QUARTERLY, 2031-01-31T09:00, 2031-04-30T09:00",
			"SEMIANNUAL, 2031-03-31T09:00, 2031-09-30T09:00", "YEARLY, 2032-02-29T09:00, 2033-02-28T09:00" })
	void aDatasetIsLateJustAfterItsFrequencyPeriodAndIsReportedOnce(UpdateFrequency frequency, String updated,
			String due) {
		long dlh = units.findByCode("DLH").orElseThrow().id();
		Dataset d = TestDatasets.published(repository, DataStaff.unique("segar"), "Kualitas udara", dlh, frequency,
				local(updated));

		clock.setInstant(local(due));
		scan.scan();
		assertThat(repository.find(d.id()).orElseThrow().staleSince()).isNull();
		assertThat(staleEventsOf(d)).isEmpty();

		clock.setInstant(local(due).plusSeconds(60));
		scan.scan();
		scan.scan();
		assertThat(repository.find(d.id()).orElseThrow().staleSince()).isEqualTo(local(due).plusSeconds(60));
		assertThat(staleEventsOf(d)).singleElement().satisfies(event -> {
			assertThat(event).isInstanceOf(DatasetStale.class);
			assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
			assertThat(event.recordType()).isEqualTo("dataset");
			assertThat(((DatasetStale) event).dueAt()).isEqualTo(local(due));
		});
	}

	@Test
	void aDatasetUpdatedAsNeededIsNeverLate() {
		long dlh = units.findByCode("DLH").orElseThrow().id();
		Dataset d = TestDatasets.published(repository, DataStaff.unique("segar"), "Taman kota", dlh,
				UpdateFrequency.AS_NEEDED, local("2031-01-01T09:00"));

		clock.setInstant(local("2040-01-01T09:00"));
		scan.scan();

		assertThat(repository.find(d.id()).orElseThrow().staleSince()).isNull();
		assertThat(staleEventsOf(d)).isEmpty();
	}

	@Test
	void theOwnerIsEmailedThenDiskominfoAfterTheGracePeriodAndAnUpdateStartsANewEpisode() throws Exception {
		DataStaff staff = new DataStaff(web);
		long dlh = units.findByCode("DLH").orElseThrow().id();
		long kominfo = units.findByCode("DISKOMINFO").orElseThrow().id();
		String owner = staff.account("data.dlh", Role.PENGELOLA_DATA, dlh);
		String city = staff.account("data.kominfo", Role.PENGELOLA_DATA, kominfo);
		slug = DataStaff.unique("segar");
		Dataset d = TestDatasets.published(repository, slug, "Harga pupuk " + slug, dlh, UpdateFrequency.WEEKLY,
				local("2031-03-03T09:00"));

		clock.setInstant(local("2031-03-10T10:00"));
		scan.scan();
		assertThat(mails(owner + "@satukota.test", "dataset-terlambat")).singleElement()
			.satisfies(subject -> assertThat(subject).contains("terlambat diperbarui"));
		assertThat(mails(city + "@satukota.test", "dataset-eskalasi")).isEmpty();

		clock.setInstant(local("2031-03-17T08:59"));
		scan.scan();
		assertThat(mails(city + "@satukota.test", "dataset-eskalasi")).isEmpty();

		clock.setInstant(local("2031-03-17T09:00"));
		scan.scan();
		scan.scan();
		assertThat(mails(city + "@satukota.test", "dataset-eskalasi")).hasSize(1);
		assertThat(events).filteredOn(e -> e.recordId().equals(d.slug()))
			.extracting(AuditedEvent::action)
			.containsExactly("dataset.stale", "dataset.stale-escalated");
		assertThat(events).filteredOn(DatasetStaleEscalated.class::isInstance).isNotEmpty();
		assertThat(mails(owner + "@satukota.test", "dataset-terlambat")).hasSize(1);

		// The owner publishes the data again: the episode ends, and the next lateness is a new one.
		repository.bump(d.id(), d.revision() + 1, clock.instant(), "uji", "PUBLISHED", null);
		assertThat(repository.find(d.id()).orElseThrow().staleSince()).isNull();
		clock.advance(Duration.ofDays(7).plusMinutes(1));
		scan.scan();
		assertThat(staleEventsOf(d)).hasSize(2);
		assertThat(mails(owner + "@satukota.test", "dataset-terlambat")).hasSize(2);
	}

	/** The subjects of the e-mails about this test's dataset (other tests' late datasets mail the same people). */
	List<String> mails(String recipient, String template) {
		return jdbc.sql("SELECT subject FROM notification_message WHERE recipient = :r AND template = :t "
				+ "AND subject LIKE :title ORDER BY created_at")
			.param("r", recipient)
			.param("t", template)
			.param("title", "%\"Harga pupuk " + slug + "\"%")
			.query(String.class)
			.list();
	}
}
