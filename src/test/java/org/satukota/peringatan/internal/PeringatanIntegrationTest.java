package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.peringatan.PublicWarning;
import org.satukota.peringatan.PublicWarnings;
import org.satukota.peringatan.WarningPublished;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PeringatanIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicWarnings publicWarnings;

	@Autowired
	WarningDesk desk;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Staff staff;

	PublishedEvents events;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		staff = new Staff(mvc);
		events = PublishedEvents.startRecording(context, "peringatan.");
	}

	@AfterEach
	void tearDown() {
		events.stop();
		clock.reset();
	}

	List<UnitView> kelurahan() {
		return units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).limit(2).toList();
	}

	MockHttpSession operator() throws Exception {
		UnitView kominfo = units.findByCode("DISKOMINFO").orElse(units.city());
		return staff.session("operator.cap", Role.OPERATOR_112, kominfo.id());
	}

	String local(Instant instant) {
		return WarningForm.local(instant, units.cityProfile().zone());
	}

	MockHttpServletRequestBuilder warningForm(String path, MockHttpSession session, String headline) {
		List<UnitView> kelurahan = kelurahan();
		return post(path).with(csrf())
			.session(session)
			.param("event", "Banjir")
			.param("categories", "Met", "Geo")
			.param("urgency", "Expected")
			.param("severity", "Severe")
			.param("certainty", "Likely")
			.param("headline", headline)
			.param("description", "Hujan lebat di hulu menaikkan muka air sungai.")
			.param("instruction", "Amankan dokumen penting dan siapkan tas siaga.")
			.param("kelurahan", String.valueOf(kelurahan.get(0).id()), String.valueOf(kelurahan.get(1).id()))
			.param("areaDesc", "Bantaran sungai")
			.param("polygons", "-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.98,104.74")
			.param("circles", "-2.9909,104.7566 2.5")
			.param("onset", local(clock.instant().plus(Duration.ofHours(2))))
			.param("expires", local(clock.instant().plus(Duration.ofDays(1))));
	}

	/** Publishes through the staff form and returns the new identifier. */
	String publishThroughTheForm(MockHttpSession session, String headline) throws Exception {
		MvcResult result = mvc.perform(warningForm("/staf/peringatan/baru", session, headline))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staf/peringatan/PRG-");
		return location.substring("/staf/peringatan/".length());
	}

	HttpResponse<String> fetch(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anOperatorPublishesAWarningServedAsValidCapListedInTheFeedAndShownToThePublic() throws Exception {
		String headline = "Waspada banjir " + UUID.randomUUID();
		String identifier = publishThroughTheForm(operator(), headline);

		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event).isInstanceOf(WarningPublished.class);
			assertThat(event.action()).isEqualTo("peringatan.published");
			assertThat(event.recordType()).isEqualTo("peringatan");
			assertThat(event.recordId()).isEqualTo(identifier);
			assertThat(event.actor().role()).isEqualTo("OPERATOR_112");
		});

		HttpResponse<String> cap = fetch("/cap/alerts/" + identifier + ".xml");
		assertThat(cap.statusCode()).isEqualTo(200);
		assertThat(cap.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/cap+xml"));
		assertThat(cap.headers().firstValue("Set-Cookie")).isEmpty();
		CapSchemaValidation.assertValid(cap.body().getBytes(StandardCharsets.UTF_8));
		assertThat(cap.body()).contains("<msgType>Alert</msgType>", "<scope>Public</scope>",
				"<valueName>KEMENDAGRI</valueName>", "<value>" + kelurahan().get(0).code() + "</value>",
				"<polygon>-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.98,104.74</polygon>",
				"<circle>-2.9909,104.7566 2.5</circle>", headline)
			.containsPattern("<sent>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00</sent>");

		HttpResponse<String> feed = fetch("/cap/feed.xml");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(FeedReader.read(feed.body().getBytes(StandardCharsets.UTF_8), URI.create("http://localhost:" + port))
			.links()).anySatisfy(link -> assertThat(link.getPath()).isEqualTo("/cap/alerts/" + identifier + ".xml"));

		assertThat(fetch("/peringatan").body()).contains(headline);
		// The portal's home page shows the warnings in force, linked to their public page.
		assertThat(fetch("/").body()).contains(headline, "/peringatan/" + identifier);
		HttpResponse<String> page = fetch("/peringatan/" + identifier);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(headline, "Berlaku");
		assertThat(publicWarnings.inForce()).anySatisfy(w -> {
			assertThat(w.identifier()).isEqualTo(identifier);
			assertThat(w.path()).isEqualTo("/peringatan/" + identifier);
			assertThat(w.severity()).isEqualTo("Severe");
			assertThat(w.areaDescription()).contains(kelurahan().get(0).name(), "Bantaran sungai");
		});
	}

	@Test
	void updatesAndCancellationsReferenceTheWholeChainAndACancelledWarningIsFinal() throws Exception {
		MockHttpSession session = operator();
		String first = publishThroughTheForm(session, "Banjir di bantaran " + UUID.randomUUID());

		MvcResult updated = mvc.perform(warningForm("/staf/peringatan/" + first + "/perbarui", session,
				"Banjir meluas ke kelurahan sekitar")).andExpect(status().is3xxRedirection()).andReturn();
		String second = updated.getResponse().getRedirectedUrl().substring("/staf/peringatan/".length());
		assertThat(second).isNotEqualTo(first);

		// The original is superseded: only the latest message may be followed.
		MvcResult stale = mvc.perform(post("/staf/peringatan/" + first + "/batalkan").with(csrf())
			.session(session)
			.param("alasan", "Air surut")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) stale.getFlashMap().get("actionError")).contains("Hanya pesan terbaru");

		MvcResult cancelled = mvc.perform(post("/staf/peringatan/" + second + "/batalkan").with(csrf())
			.session(session)
			.param("alasan", "Air sudah surut")).andExpect(status().is3xxRedirection()).andReturn();
		String third = cancelled.getResponse().getRedirectedUrl().substring("/staf/peringatan/".length());

		StoredAlert a = find(first);
		StoredAlert b = find(second);
		StoredAlert c = find(third);
		assertThat(b.msgType()).isEqualTo("Update");
		assertThat(b.referencesText()).isEqualTo(a.sender() + "," + first + "," + a.sentText());
		assertThat(c.msgType()).isEqualTo("Cancel");
		assertThat(c.referencesText()).isEqualTo(a.sender() + "," + first + "," + a.sentText() + " " + b.sender() + ","
				+ second + "," + b.sentText());
		for (String id : List.of(first, second, third)) {
			CapSchemaValidation.assertValid(fetch("/cap/alerts/" + id + ".xml").body().getBytes(StandardCharsets.UTF_8));
		}
		assertThat(fetch("/cap/alerts/" + third + ".xml").body()).contains("<note>Air sudah surut</note>",
				"<msgType>Cancel</msgType>");
		assertThat(events).extracting(e -> ((WarningPublished) e).msgType()).containsExactly("Alert", "Update", "Cancel");
		assertThat(events).allSatisfy(e -> assertThat(e.action()).isEqualTo("peringatan.published"));

		// A cancelled warning is final: neither updated nor cancelled again, and nothing is added to its chain.
		MvcResult refused = mvc.perform(warningForm("/staf/peringatan/" + third + "/perbarui", session, "Lagi"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat((String) refused.getFlashMap().get("actionError")).contains("sudah dibatalkan");
		MvcResult refusedCancel = mvc.perform(post("/staf/peringatan/" + second + "/batalkan").with(csrf())
			.session(session)
			.param("alasan", "Sekali lagi")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) refusedCancel.getFlashMap().get("actionError")).contains("sudah dibatalkan");
		assertThat(jdbc.sql("SELECT count(*) FROM peringatan_alert WHERE root_identifier = :root")
			.param("root", first)
			.query(Integer.class)
			.single()).isEqualTo(3);

		assertThat(publicWarnings.inForce()).extracting(PublicWarning::identifier).doesNotContain(first, second, third);
		assertThat(fetch("/peringatan/" + first).body()).contains("Peringatan ini telah dibatalkan");
		assertThat(fetch("/peringatan").body()).doesNotContain("Banjir meluas ke kelurahan sekitar");
	}

	@Test
	void aCancellationNeedsAReason() throws Exception {
		MockHttpSession session = operator();
		String first = publishThroughTheForm(session, "Pohon tumbang " + UUID.randomUUID());
		MvcResult refused = mvc.perform(post("/staf/peringatan/" + first + "/batalkan").with(csrf())
			.session(session)
			.param("alasan", "  ")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) refused.getFlashMap().get("actionError")).isEqualTo("Tulis alasan pembatalan.");
		assertThat(publicWarnings.inForce()).extracting(PublicWarning::identifier).contains(first);
	}

	@Test
	void aFormWithMistakesIsShownAgainWithMessagesNextToTheFieldsAndNothingIsPublished() throws Exception {
		int before = count();
		MvcResult result = mvc.perform(post("/staf/peringatan/baru").with(csrf())
			.session(operator())
			.param("event", "Banjir")
			.param("categories", "Weather")
			.param("urgency", "Expected")
			.param("severity", "Severe")
			.param("certainty", "Likely")
			.param("headline", "")
			.param("description", "Uraian")
			.param("areaDesc", "Bantaran")
			.param("polygons", "-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.99,104.74")
			.param("circles", "-2.99,104.75")
			.param("expires", local(clock.instant().minus(Duration.ofHours(1))))).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"headline-error\"", "Wajib diisi.", "titik terakhir harus sama dengan titik pertama",
				"Lingkaran baris 1", "Waktu berakhir harus di masa depan", "Pilih salah satu pilihan yang tersedia",
				"aria-invalid=\"true\"");
		assertThat(count()).isEqualTo(before);
		assertThat(events).isEmpty();
	}

	@Test
	void unknownIdentifiersAnswerNotFoundWithoutAStackTrace() throws Exception {
		HttpResponse<String> cap = fetch("/cap/alerts/PRG-TIDAK-ADA.xml");
		assertThat(cap.statusCode()).isEqualTo(404);
		assertThat(cap.body()).doesNotContain("Exception", "at org.");
		HttpResponse<String> page = fetch("/peringatan/PRG-TIDAK-ADA");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Exception");
		assertThat(fetch("/peringatan/luar-abc").statusCode()).isEqualTo(404);
		assertThat(fetch("/peringatan/luar-999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void staffWithoutAPublishingRoleCannotOpenTheWarningDesk() throws Exception {
		UnitView kelurahan = kelurahan().get(0);
		MockHttpSession petugas = staff.session("petugas.cap", Role.PETUGAS_LAYANAN, kelurahan.id());
		mvc.perform(get("/staf/peringatan").session(petugas)).andExpect(status().isForbidden());
		mvc.perform(warningForm("/staf/peringatan/baru", petugas, "Tidak boleh")).andExpect(status().isForbidden());
		MockHttpSession pimpinan = staff.session("pimpinan.cap", Role.PIMPINAN, units.city().id());
		mvc.perform(get("/staf/peringatan/baru").session(pimpinan)).andExpect(status().isOk());
	}

	@Test
	void aWarningLeavesTheInForceListWhenItExpires() throws Exception {
		StoredAlert alert = desk.publish(new WarningDraft(List.of("Fire"), "Kebakaran", "Immediate", "Extreme",
				"Observed", "Kebakaran pasar " + UUID.randomUUID(), "Api besar.", null, null, null,
				clock.instant().plus(Duration.ofHours(1)), List.of(new Cap.Area("Pasar 16 Ilir", List.of(),
						List.of("-2.99,104.76 0.5"), List.of()))), new Actor("uji", "OPERATOR_112", null));
		assertThat(publicWarnings.inForce()).first().satisfies(w -> assertThat(w.severity()).isEqualTo("Extreme"));
		assertThat(publicWarnings.inForce()).extracting(PublicWarning::identifier).contains(alert.identifier());
		clock.setInstant(Instant.now().plus(Duration.ofHours(2)));
		assertThat(publicWarnings.inForce()).extracting(PublicWarning::identifier).doesNotContain(alert.identifier());
		assertThat(fetch("/peringatan/" + alert.identifier()).body()).contains("Peringatan ini sudah berakhir");
	}

	@Test
	void publishedMessagesCannotBeChangedOrDeletedInTheDatabase() throws Exception {
		String identifier = publishThroughTheForm(operator(), "Tidak dapat diubah " + UUID.randomUUID());
		assertThatThrownBy(() -> jdbc.sql("UPDATE peringatan_alert SET headline = 'x' WHERE identifier = :id")
			.param("id", identifier)
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM peringatan_alert WHERE identifier = :id")
			.param("id", identifier)
			.update()).isInstanceOf(DataAccessException.class);
	}

	private StoredAlert find(String identifier) {
		return context.getBean(AlertRepository.class).find(identifier).orElseThrow();
	}

	private int count() {
		return jdbc.sql("SELECT count(*) FROM peringatan_alert").query(Integer.class).single();
	}
}
