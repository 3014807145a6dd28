package org.satukota.survei.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.survei.IkmCategory;
import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.satukota.survei.SurveySubject;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SurveiIntegrationTest {

	/** A month no other test writes survey answers in. */
	static final Instant IN_MARCH_2035 = Instant.parse("2035-03-12T03:00:00Z");

	@Autowired
	WebApplicationContext context;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	IkmResults results;

	@Autowired
	IkmPerformanceSource performance;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	UnitView kecamatan;

	UnitView kelurahanA;

	UnitView kelurahanB;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		kecamatan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KECAMATAN).toList().get(2);
		List<UnitView> kelurahan = units.children(kecamatan.id());
		kelurahanA = kelurahan.get(0);
		kelurahanB = kelurahan.get(1);
		// Answers are dated in a month of their own, so they never mix into other tests' current figures.
		clock.setInstant(IN_MARCH_2035.minus(Duration.ofDays(5)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static SurveySubject subject(long unitId, String serviceKey) {
		return new SurveySubject("permohonan", UUID.randomUUID().toString(), unitId, serviceKey, "Layanan " + serviceKey);
	}

	/** The survey form with every element answered {@code value}. */
	private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, int... values) {
		for (int i = 0; i < 9; i++) {
			request.param("unsur-" + (i + 1), String.valueOf(values.length == 1 ? values[0] : values[i]));
		}
		return request.with(csrf());
	}

	@Test
	void invitingTheSameSubjectTwiceReturnsTheSameUnguessableInvitation() {
		SurveySubject subject = subject(kelurahanA.id(), "sk-domisili");

		SurveyInvitation first = invitations.inviteFor(subject);
		SurveyInvitation again = invitations.inviteFor(subject);
		SurveyInvitation other = invitations.inviteFor(subject(kelurahanA.id(), "sk-domisili"));

		assertThat(again).isEqualTo(first);
		assertThat(first.token()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
		assertThat(first.path()).isEqualTo("/ikm/isi/" + first.token());
		assertThat(first.answered()).isFalse();
		assertThat(other.token()).isNotEqualTo(first.token());
		assertThat(invitations.find("permohonan", subject.subjectId())).contains(first);
		assertThat(jdbc.sql("SELECT count(*) FROM ikm_invitation WHERE subject_id = :s")
			.param("s", subject.subjectId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSurveyIsAnsweredOnceAndASecondAnswerIsRefused() throws Exception {
		String service = "uji-sekali-" + UUID.randomUUID();
		SurveyInvitation invitation = invitations.inviteFor(subject(kelurahanA.id(), service));
		String page = mvc.perform(get(invitation.path())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Persyaratan").contains("Sarana dan prasarana").contains("Sangat mahal")
			.contains("Gratis").contains("Jenis kelamin");

		String done = mvc.perform(answers(post(invitation.path()), 4).param("jenisKelamin", "P").param("usia", "30-39"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(done).contains("Terima kasih");
		assertThat(invitations.find("permohonan", invitationSubject(invitation)).orElseThrow().answered()).isTrue();

		String refused = mvc.perform(answers(post(invitation.path()), 1)).andExpect(status().isConflict()).andReturn()
			.getResponse().getContentAsString();
		assertThat(refused).contains("sudah diisi");
		assertThat(mvc.perform(get(invitation.path())).andReturn().getResponse().getContentAsString())
			.contains("sudah diisi").doesNotContain("form-survei");
		assertThat(responsesFor(service)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT sum(a.value) FROM ikm_answer a JOIN ikm_response r ON r.id = a.response_id "
				+ "WHERE r.service_key = :s").param("s", service).query(Long.class).single()).isEqualTo(36);
	}

	@Test
	void anIncompleteSurveyIsShownAgainWithTheMissingQuestionMarkedAndNothingSaved() throws Exception {
		String service = "uji-belum-" + UUID.randomUUID();
		SurveyInvitation invitation = invitations.inviteFor(subject(kelurahanA.id(), service));
		MockHttpServletRequestBuilder request = post(invitation.path()).with(csrf());
		for (int i = 1; i <= 8; i++) {
			request.param("unsur-" + i, "3");
		}
		String page = mvc.perform(request.param("pendidikan", "PROFESOR")).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"unsur-9-error\"").contains("Pilih satu jawaban untuk pertanyaan ini.")
			.contains("aria-describedby=\"unsur-9-error\"").contains("id=\"pendidikan-error\"");
		assertThat(page).containsPattern("id=\"unsur-3-3\"[^>]*checked");
		assertThat(responsesFor(service)).isZero();
		assertThat(invitations.find("permohonan", invitationSubject(invitation)).orElseThrow().answered()).isFalse();
	}

	@Test
	void anUnknownTokenOrUnitIsNotFound() throws Exception {
		mvc.perform(get("/ikm/isi/bukan-token-yang-ada-sama-sekali")).andExpect(status().isNotFound());
		mvc.perform(get("/ikm/isi/x")).andExpect(status().isNotFound());
		mvc.perform(get("/ikm/kios/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/ikm/kios/abc")).andExpect(status().isNotFound());
	}

	@Test
	void theKioskNeedsAServiceThanksTheVisitorAndBrakesRapidRepeats() throws Exception {
		clock.setInstant(IN_MARCH_2035);
		MockHttpSession kiosk = new MockHttpSession();
		String form = mvc.perform(get("/ikm/kios/" + kelurahanB.id()).session(kiosk)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Surat Keterangan Domisili").contains("Layanan lainnya");
		mvc.perform(post("/ikm/kios/" + kelurahanB.id()).param("unsur-1", "4")).andExpect(status().isForbidden());

		mvc.perform(answers(post("/ikm/kios/" + kelurahanB.id()).session(kiosk), 3))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(answers(post("/ikm/kios/" + kelurahanB.id()).session(kiosk), 3).param("layanan", "sk-domisili"))
			.andExpect(redirectedUrl("/ikm/kios/" + kelurahanB.id() + "/terima-kasih"));
		mvc.perform(get("/ikm/kios/" + kelurahanB.id() + "/terima-kasih").session(kiosk))
			.andExpect(status().isOk());
		mvc.perform(answers(post("/ikm/kios/" + kelurahanB.id()).session(kiosk), 3).param("layanan", "sk-domisili"))
			.andExpect(status().isTooManyRequests());
		clock.advance(Duration.ofSeconds(11));
		mvc.perform(answers(post("/ikm/kios/" + kelurahanB.id()).session(kiosk), 2).param("layanan", "lainnya"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM ikm_response WHERE unit_id = :u AND channel = 'KIOS' "
				+ "AND answered_at >= :from").param("u", kelurahanB.id())
			.param("from", java.sql.Timestamp.from(IN_MARCH_2035.minusSeconds(1)))
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void resultsAreReportedPerUnitPerOpdAndPerPeriodWithExactWeights() throws Exception {
		clock.setInstant(IN_MARCH_2035.plus(Duration.ofDays(3)));
		String service = "uji-hasil-" + UUID.randomUUID();
		// Unit A: two respondents, 4 everywhere and 3 everywhere → NRR 3.5 each → 87.50 (B).
		answer(kelurahanA, service, 4);
		answer(kelurahanA, service, 3);
		// Unit B: one respondent, eight 4s and one 1 (the fee) → Σ NRR 33 → 91.67 (A).
		answer(kelurahanB, service, 4, 4, 4, 1, 4, 4, 4, 4, 4);
		// April does not count in March.
		clock.setInstant(Instant.parse("2035-04-02T03:00:00Z"));
		answer(kelurahanA, service, 1);

		LocalDate march = LocalDate.of(2035, 3, 1);
		IkmResults.Report unitA = results.report(new IkmResults.Scope(kelurahanA, false, service, march, march.plusMonths(1)));
		assertThat(unitA.respondents()).isEqualTo(2);
		assertThat(unitA.converted()).isEqualByComparingTo("87.50");
		assertThat(unitA.category()).isEqualTo(IkmCategory.B);
		assertThat(unitA.elements()).hasSize(9);
		assertThat(unitA.elements().get(0).nrr()).isEqualByComparingTo("3.500");

		IkmResults.Report unitB = results.report(new IkmResults.Scope(kelurahanB, false, service, march, march.plusMonths(1)));
		assertThat(unitB.converted()).isEqualByComparingTo("91.67");
		assertThat(unitB.category()).isEqualTo(IkmCategory.A);

		// The kecamatan with its kelurahan: NRR per element over all three answers.
		// Elements: 8 × (4+3+4)/3 + (4+3+1)/3 = 88/3 + 8/3 = 32 → × 25 / 9 = 88.888… → 88.89 (A).
		IkmResults.Report whole = results.report(new IkmResults.Scope(kecamatan, true, service, march, march.plusMonths(1)));
		assertThat(whole.respondents()).isEqualTo(3);
		assertThat(whole.converted()).isEqualByComparingTo("88.89");
		assertThat(whole.category()).isEqualTo(IkmCategory.A);
		assertThat(whole.services()).singleElement().satisfies(row -> assertThat(row.respondents()).isEqualTo(3));

		IkmResults.Report year = results.report(new IkmResults.Scope(kelurahanA, false, service,
				LocalDate.of(2035, 1, 1), LocalDate.of(2036, 1, 1)));
		assertThat(year.respondents()).isEqualTo(3);
		assertThat(year.converted()).isEqualByComparingTo("66.67");
		assertThat(year.category()).isEqualTo(IkmCategory.C);

		// The staff page, the CSV and the PDF show the same figures.
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		String query = "?unit=" + kecamatan.id() + "&cakupan=opd&layanan=" + service + "&tahun=2035&bulan=3";
		String page = mvc.perform(get("/staf/ikm" + query).session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("88.89").contains("Sangat Baik").contains("id=\"jumlah-responden\">3<");
		String csv = mvc.perform(get("/staf/ikm/ekspor.csv" + query).session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("ikm_konversi,88.89").contains("mutu_pelayanan,A").contains("1,persyaratan,Persyaratan,3.667,0.407");
		byte[] pdf = mvc.perform(get("/staf/ikm/laporan.pdf" + query).session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("88.89").contains("NRR tertimbang").contains("Mutu pelayanan").contains("Sangat Baik");
		}

		// The performance figure per unit feeds the kinerja report with the same value.
		assertThat(performance.figures(march, march.plusMonths(1)))
			.filteredOn(f -> f.unitId() == kelurahanB.id())
			.singleElement()
			.satisfies(f -> {
				assertThat(f.measure()).isEqualTo(IkmCategory.PERFORMANCE_MEASURE);
				assertThat(f.total()).isGreaterThanOrEqualTo(1);
			});
	}

	@Test
	void publishingANewQuestionSetRetiresTheOldOneAndAnswersKeepTheVersionTheyAnswered() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		QuestionSets.QuestionSet before = context.getBean(QuestionSets.class).current();
		SurveyInvitation invitation = invitations.inviteFor(subject(kelurahanA.id(), "uji-versi-" + UUID.randomUUID()));
		String shown = mvc.perform(get(invitation.path())).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("name=\"kuesioner\" value=\"" + before.id() + "\"");

		var edit = post("/staf/ikm/kuesioner").session(admin).with(csrf());
		int i = 0;
		for (QuestionSets.Element e : before.elements()) {
			edit.param("kode-" + i, e.code()).param("nama-" + i, e.name()).param("pertanyaan-" + i, e.question());
			for (int v = 1; v <= 4; v++) {
				edit.param("label-" + i + "-" + v, e.code().equals("biaya") && v == 4 ? "Gratis (tanpa biaya)" : e.label(v));
			}
			i++;
		}
		edit.param("kode-" + i, "").param("nama-" + i, "").param("pertanyaan-" + i, "");
		mvc.perform(edit).andExpect(redirectedUrl("/staf/ikm/kuesioner"));
		QuestionSets.QuestionSet after = context.getBean(QuestionSets.class).current();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.elements()).hasSize(9);
		assertThat(context.getBean(QuestionSets.class).find(before.id()).orElseThrow().retiredAt()).isNotNull();

		// The respondent who opened the old version answers it; the answers keep that version.
		mvc.perform(answers(post(invitation.path()), 3).param("kuesioner", String.valueOf(before.id())))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT question_set_id FROM ikm_response WHERE service_key = :s")
			.param("s", "uji-versi-" + invitationServiceSuffix(invitation))
			.query(Long.class)
			.list()).containsExactly(before.id());

		// An invalid edit changes nothing.
		mvc.perform(post("/staf/ikm/kuesioner").session(admin).with(csrf()).param("kode-0", "Bukan Kode!")
			.param("nama-0", "").param("pertanyaan-0", "x")).andExpect(status().isUnprocessableContent());
		assertThat(context.getBean(QuestionSets.class).current().version()).isEqualTo(after.version());
	}

	private String invitationServiceSuffix(SurveyInvitation invitation) {
		return jdbc.sql("SELECT service_key FROM ikm_invitation WHERE token = :t").param("t", invitation.token())
			.query(String.class).single().substring("uji-versi-".length());
	}

	private String invitationSubject(SurveyInvitation invitation) {
		return jdbc.sql("SELECT subject_id FROM ikm_invitation WHERE token = :t").param("t", invitation.token())
			.query(String.class).single();
	}

	private long responsesFor(String service) {
		return jdbc.sql("SELECT count(*) FROM ikm_response WHERE service_key = :s").param("s", service)
			.query(Long.class).single();
	}

	private void answer(UnitView unit, String service, int... values) throws Exception {
		SurveyInvitation invitation = invitations.inviteFor(subject(unit.id(), service));
		mvc.perform(answers(post(invitation.path()), values)).andExpect(status().isOk());
	}

	private MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}
}
