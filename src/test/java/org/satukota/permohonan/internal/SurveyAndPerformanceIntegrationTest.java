package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.satukota.survei.IkmCategory;
import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A completed application invites its applicant to the IKM survey (e-mail and application page), and the
 * performance report shows the application and survey figures exactly as the modules' own sources compute them.
 */
@IntegrationTest
class SurveyAndPerformanceIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	List<PerformanceSource> sources;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	@Value("${satukota.public-url}")
	String publicUrl;

	MockMvc mvc;

	People people;

	UnitView kelurahan;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		people = new People(mvc, jdbc);
		kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).toList().get(11);
	}

	@Test
	void completingAnApplicationInvitesTheApplicantOnceAndTheReportShowsTheSourcesFigures() throws Exception {
		People.Citizen citizen = people.citizen("Nurul Hidayah");
		MockHttpSession petugas = people.staff("petugas.ikm", Role.PETUGAS_LAYANAN, kelurahan.id());
		MockHttpSession lurah = people.staff("lurah.ikm", Role.PEJABAT_PENANDATANGAN, kelurahan.id());
		UUID id = fileDomisili(citizen);
		assertThat(invitations.find("permohonan", id.toString())).as("no invitation before completion").isEmpty();
		assertThat(page("/warga/permohonan/" + id, citizen.session())).doesNotContain("/ikm/isi/");

		mvc.perform(post("/staf/permohonan/" + id + "/teruskan").with(csrf()).session(petugas))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staf/permohonan/" + id + "/setujui").with(csrf()).session(lurah))
			.andExpect(status().is3xxRedirection());

		SurveyInvitation invitation = invitations.find("permohonan", id.toString()).orElseThrow();
		assertThat(invitation.answered()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM ikm_invitation WHERE kind = 'permohonan' AND subject_id = :id")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
		String mail = jdbc.sql("SELECT body FROM notification_message WHERE recipient = :r AND template = 'permohonan-selesai'")
			.param("r", citizen.email())
			.query(String.class)
			.single();
		assertThat(mail).contains(publicUrl.replaceAll("/+$", "") + "/ikm/isi/" + invitation.token());
		assertThat(page("/warga/permohonan/" + id, citizen.session())).contains("id=\"isi-survei\"")
			.contains("/ikm/isi/" + invitation.token());

		// The citizen answers: 4 everywhere except 3 for the time taken.
		MockHttpServletRequestBuilder answers = post(invitation.path()).with(csrf());
		for (int i = 1; i <= 9; i++) {
			answers.param("unsur-" + i, i == 3 ? "3" : "4");
		}
		mvc.perform(answers).andExpect(status().isOk());
		assertThat(invitations.find("permohonan", id.toString()).orElseThrow().answered()).isTrue();
		assertThat(page("/warga/permohonan/" + id, citizen.session())).contains("id=\"survei-terisi\"")
			.doesNotContain("id=\"isi-survei\"");

		// The report shows what the real sources say for this kelurahan this month.
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		LocalDate from = today.withDayOfMonth(1);
		List<PerformanceFigure> figures = sources.stream()
			.flatMap(source -> source.figures(from, from.plusMonths(1)).stream())
			.filter(f -> f.unitId() == kelurahan.id())
			.toList();
		PerformanceFigure onTime = single(figures, "permohonan.kinerja.selesai-tepat-waktu");
		assertThat(onTime.total()).isGreaterThanOrEqualTo(1);
		assertThat(onTime.met()).isGreaterThanOrEqualTo(1);
		PerformanceFigure ikm = single(figures, IkmCategory.PERFORMANCE_MEASURE);
		assertThat(ikm.total()).isGreaterThanOrEqualTo(1);
		BigDecimal ikmValue = BigDecimal.valueOf(ikm.value()).setScale(2, RoundingMode.HALF_UP);

		String report = page("/kinerja/unit/" + kelurahan.id() + "?tahun=" + today.getYear() + "&bulan="
				+ today.getMonthValue(), null);
		assertThat(report).contains("Permohonan selesai tepat waktu").contains("Indeks Kepuasan Masyarakat (IKM)")
			.contains(onTime.met() + " dari " + onTime.total())
			.contains(ikmValue.toPlainString().replace('.', ','))
			.contains(">" + IkmCategory.of(ikmValue).name() + "<");
		assertThat(page("/kinerja?tahun=" + today.getYear() + "&bulan=" + today.getMonthValue(), null))
			.contains("Permohonan selesai tepat waktu").contains(units.find(kelurahan.parentId()).orElseThrow().name());
		String perOpd = page("/kinerja/opd", null);
		assertThat(perOpd).contains("Evaluasi kinerja per OPD").contains(units.findByCode("DPMPTSP").orElseThrow().name());

		// Leadership and the command center reach the evaluation page from their staff home.
		MockHttpSession pimpinan = people.staff("pimpinan.ikm", Role.PIMPINAN, units.city().id());
		assertThat(page("/staf", pimpinan)).contains("/kinerja/opd");
		MockHttpSession operator = people.staff("operator.ikm", Role.OPERATOR_112, units.city().id());
		assertThat(page("/staf", operator)).contains("/kinerja/opd");
	}

	private static PerformanceFigure single(List<PerformanceFigure> figures, String measure) {
		List<PerformanceFigure> matching = figures.stream().filter(f -> f.measure().equals(measure)).toList();
		assertThat(matching).as(measure).hasSize(1);
		return matching.get(0);
	}

	private String page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private UUID fileDomisili(People.Citizen citizen) throws Exception {
		var result = mvc.perform(multipart("/warga/permohonan/baru/sk-domisili").file(Uploads.pdf("pengantar-rt-rw"))
			.file(Uploads.png("ktp"))
			.file(Uploads.pdf("kk"))
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("tindakan", "ajukan")
			.param("isian.keperluan", "Melamar pekerjaan")
			.param("isian.alamat", "Jl. Merdeka No. 7, RT 02 RW 01")
			.param("isian.kelurahan", String.valueOf(kelurahan.id()))
			.param("isian.lama-tinggal", "2 tahun")
			.with(csrf())
			.session(citizen.session())).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/warga/permohonan/".length(), location.indexOf('?')));
	}
}
