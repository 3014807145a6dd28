package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.informasi.PageStale;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class FreshnessIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PageFreshnessScan scan;

	MockMvc mvc;

	Editors editors;

	PublishedEvents events;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		editors = new Editors(mvc);
		events = PublishedEvents.startRecording(context, "informasi.page-stale");
	}

	@AfterEach
	void tearDown() {
		events.stop();
		clock.reset();
	}

	private long mails(String username, String template) {
		return jdbc.sql("SELECT count(*) FROM notification_message WHERE recipient = :r AND template = :t")
			.param("r", username + "@satukota.test")
			.param("t", template)
			.query(Long.class)
			.single();
	}

	private List<PageStale> staleEventsOf(long id) {
		return events.stream()
			.filter(e -> e instanceof PageStale && e.recordId().equals(String.valueOf(id)))
			.map(PageStale.class::cast)
			.toList();
	}

	private String publicPage(long id) throws Exception {
		return mvc.perform(get("/berita/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aLatePageIsMarkedPubliclyRemindsItsOwnerOnceEscalatesAfterTheGraceAndRecoversWhenUpdated() throws Exception {
		UnitView dishub = units.findByCode("DISHUB").orElseThrow();
		UnitView kominfo = units.findByCode("DISKOMINFO").orElseThrow();
		String owner = editors.account("pengelola.dishub", Role.PENGELOLA_DATA, dishub.id());
		String kominfoEditor = editors.account("pengelola.kominfo", Role.PENGELOLA_DATA, kominfo.id());
		MockHttpSession session = editors.logIn(owner, Editors.PASSWORD);
		clock.setInstant(Instant.parse("2026-03-02T02:00:00Z"));
		long id = editors.publish(session, "PENGUMUMAN", dishub.id(), "Rekayasa lalu lintas pekan ini uji-f1",
				"Jalan Merdeka satu arah.", "WEEKLY");

		clock.advance(Duration.ofDays(6));
		scan.scan();
		assertThat(staleEventsOf(id)).isEmpty();
		assertThat(publicPage(id)).doesNotContain("terlambat diperbarui");

		clock.advance(Duration.ofDays(1).plusHours(1));
		scan.scan();
		scan.scan();
		assertThat(staleEventsOf(id)).singleElement().satisfies(event -> {
			assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
			assertThat(event.recordType()).isEqualTo("informasi-halaman");
			assertThat(event.dueAt()).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
		});
		assertThat(publicPage(id)).contains("terlambat diperbarui").contains("setiap minggu");
		assertThat(mails(owner, "informasi-terlambat")).isEqualTo(1);
		assertThat(mails(kominfoEditor, "informasi-eskalasi")).isZero();

		clock.advance(Duration.ofDays(3).plusHours(1));
		scan.scan();
		scan.scan();
		assertThat(mails(kominfoEditor, "informasi-eskalasi")).isEqualTo(1);
		assertThat(mails(owner, "informasi-terlambat")).isEqualTo(1);

		// The owner updates the page: the lateness ends and a new promise starts.
		mvc.perform(multipart("/staf/konten/" + id).param("title", "Rekayasa lalu lintas pekan ini uji-f1")
			.param("body", "Jalan Merdeka dua arah kembali.")
			.param("frequency", "WEEKLY")
			.with(csrf())
			.session(session)).andExpect(status().is3xxRedirection());
		assertThat(scan.scan().resolved()).isPositive();
		assertThat(publicPage(id)).doesNotContain("terlambat diperbarui");

		clock.advance(Duration.ofDays(8));
		scan.scan();
		assertThat(staleEventsOf(id)).hasSize(2);
		assertThat(mails(owner, "informasi-terlambat")).isEqualTo(2);
	}

	@Test
	void eachUpdatePromiseHasItsOwnDeadlineAndAsNeededIsNeverLate() throws Exception {
		UnitView dlh = units.findByCode("DLH").orElseThrow();
		MockHttpSession session = editors.staff("pengelola.jadwal", Role.PENGELOLA_DATA, dlh.id());
		// 31 January 10:00 WIB: one month later clamps to 28 February.
		clock.setInstant(Instant.parse("2026-01-31T03:00:00Z"));
		long daily = editors.publish(session, "BERITA", dlh.id(), "Harian uji-f2", "Isi.", "DAILY");
		long monthly = editors.publish(session, "BERITA", dlh.id(), "Bulanan uji-f2", "Isi.", "MONTHLY");
		long yearly = editors.publish(session, "BERITA", dlh.id(), "Tahunan uji-f2", "Isi.", "YEARLY");
		long asNeeded = editors.publish(session, "BERITA", dlh.id(), "Seperlunya uji-f2", "Isi.", "AS_NEEDED");

		clock.setInstant(Instant.parse("2026-02-01T03:00:00Z"));
		scan.scan();
		assertThat(staleEventsOf(daily)).isEmpty();
		clock.setInstant(Instant.parse("2026-02-01T03:00:01Z"));
		scan.scan();
		assertThat(staleEventsOf(daily)).hasSize(1);

		clock.setInstant(Instant.parse("2026-02-28T03:00:00Z"));
		scan.scan();
		assertThat(staleEventsOf(monthly)).isEmpty();
		clock.setInstant(Instant.parse("2026-02-28T03:01:00Z"));
		scan.scan();
		assertThat(staleEventsOf(monthly)).singleElement()
			.extracting(PageStale::dueAt)
			.isEqualTo(Instant.parse("2026-02-28T03:00:00Z"));

		clock.setInstant(Instant.parse("2027-01-31T02:59:00Z"));
		scan.scan();
		assertThat(staleEventsOf(yearly)).isEmpty();
		clock.setInstant(Instant.parse("2027-01-31T03:01:00Z"));
		scan.scan();
		assertThat(staleEventsOf(yearly)).hasSize(1);

		clock.setInstant(Instant.parse("2036-01-31T03:00:00Z"));
		scan.scan();
		assertThat(staleEventsOf(asNeeded)).isEmpty();
		assertThat(publicPage(asNeeded)).doesNotContain("terlambat diperbarui");
		assertThat(publicPage(yearly)).contains("terlambat diperbarui");
	}
}
