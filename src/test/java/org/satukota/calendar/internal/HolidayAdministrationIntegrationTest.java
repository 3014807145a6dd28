package org.satukota.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.calendar.HolidayKind;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class HolidayAdministrationIntegrationTest {

	static final RequestPostProcessor ADMIN = user("admin-kalender").roles("ADMIN");

	@Autowired
	WebApplicationContext context;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	HolidayAdministration administration;

	@Autowired
	HolidaySeeder seeder;

	@Autowired
	HolidayRepository repository;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void allOneHundredRowsOfTheNationalListAreSeededOnceEvenWhenSeedingRunsAgain() {
		assertThat(count("select count(*) from holiday where source = 'SEED'")).isEqualTo(100);
		assertThat(seeder.seed()).isZero();
		assertThat(count("select count(*) from holiday where source = 'SEED'")).isEqualTo(100);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 19))).as("Nyepi").isFalse();
	}

	@Test
	void theCalendarKeepsTheCitysZone() {
		assertThat(calendar.zone()).isEqualTo(units.cityProfile().zone());
		assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
	}

	@Test
	void aRegionalHolidayAnAdminAddsOverHttpIsADayOffAtOnceAndItsEventIsStored() throws Exception {
		LocalDate date = weekday(LocalDate.of(2041, 6, 5));
		assertThat(calendar.isWorkingDay(date)).isTrue();

		mvc.perform(post("/admin/hari-libur").with(ADMIN).with(csrf())
			.param("tanggal", date.toString())
			.param("nama", "Hari Jadi Kota Palembang")
			.param("jenis", "DAERAH")
			.param("dasar", "Perda No. 5 Tahun 2040"))
			.andExpect(status().is3xxRedirection());

		assertThat(calendar.isWorkingDay(date)).isFalse();
		long id = jdbc.sql("select id from holiday where holiday_date = :date and name = 'Hari Jadi Kota Palembang' "
				+ "and kind = 'DAERAH' and source = 'ADMIN' and created_by = 'admin-kalender' and active")
			.param("date", date)
			.query(Long.class)
			.single();
		assertThat(publications("HolidayAdded", id)).isPositive();

		String page = mvc.perform(get("/admin/hari-libur").param("tahun", Integer.toString(date.getYear())).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Hari Jadi Kota Palembang").contains("Libur daerah").contains("WIB");
	}

	@Test
	void anotherNodesCalendarSeesAChangeAsSoonAsItIsCommitted() {
		LiveWorkingCalendar otherNode = new LiveWorkingCalendar(repository, units);
		LocalDate date = weekday(LocalDate.of(2042, 9, 10));
		assertThat(otherNode.isWorkingDay(date)).isTrue();

		administration.add(new HolidayAdministration.NewHoliday(date, HolidayKind.NASIONAL, "Libur Pemilu Serentak",
				"Keppres 1/2042"), new Actor("admin-kalender", "ADMIN", null));

		assertThat(otherNode.isWorkingDay(date)).isFalse();
		assertThat(calendar.holidays(date, date)).extracting("name").containsExactly("Libur Pemilu Serentak");
	}

	@Test
	void deactivatingASeededCutiBersamaMakesItAWorkingDayThatARe_seedDoesNotUndo() throws Exception {
		LocalDate waisak = LocalDate.of(2024, 5, 24);
		long id = jdbc.sql("select id from holiday where holiday_date = :date and kind = 'CUTI_BERSAMA'")
			.param("date", waisak)
			.query(Long.class)
			.single();
		assertThat(calendar.isWorkingDay(waisak)).isFalse();
		try {
			mvc.perform(post("/admin/hari-libur/{id}/nonaktifkan", id).with(ADMIN).with(csrf())
				.param("alasan", "Keputusan bersama diubah")
				.param("tahun", "2024"))
				.andExpect(status().is3xxRedirection());

			assertThat(calendar.isWorkingDay(waisak)).isTrue();
			assertThat(seeder.seed()).isZero();
			assertThat(calendar.isWorkingDay(waisak)).as("still a working day after re-seeding").isTrue();
			assertThat(jdbc.sql("select removed_by || '|' || removed_reason from holiday where id = :id and not active")
				.param("id", id).query(String.class).single()).isEqualTo("admin-kalender|Keputusan bersama diubah");
			assertThat(publications("HolidayDeactivated", id)).isPositive();
		}
		finally {
			mvc.perform(post("/admin/hari-libur/{id}/aktifkan", id).with(ADMIN).with(csrf())
				.param("alasan", "Dikembalikan sesuai keputusan semula")
				.param("tahun", "2024"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(calendar.isWorkingDay(waisak)).isFalse();
		assertThat(publications("HolidayReactivated", id)).isPositive();
	}

	@Test
	void deactivatingWithoutAReasonIsRefusedNextToTheField() throws Exception {
		long id = jdbc.sql("select id from holiday where holiday_date = '2025-12-26'").query(Long.class).single();
		String page = mvc.perform(post("/admin/hari-libur/{id}/nonaktifkan", id).with(ADMIN).with(csrf())
			.param("alasan", "  ")
			.param("tahun", "2025"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Alasan wajib diisi.").contains("aria-describedby=\"alasan-" + id + "-error\"");
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
	}

	@Test
	void missingAndInvalidInputIsExplainedInBahasaIndonesiaAndNothingIsSaved() throws Exception {
		long before = count("select count(*) from holiday");
		String blank = mvc.perform(post("/admin/hari-libur").with(ADMIN).with(csrf())
			.param("tanggal", "")
			.param("nama", " ")
			.param("jenis", "DAERAH"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(blank).contains("Tanggal wajib diisi.")
			.contains("Nama hari libur wajib diisi.")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"tanggal-error\"");

		String invalid = mvc.perform(post("/admin/hari-libur").with(ADMIN).with(csrf())
			.param("tanggal", "2026-02-30")
			.param("nama", "Hari Tidak Ada")
			.param("jenis", "LIBUR"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("Tanggal tidak valid").contains("Pilih jenis hari libur.")
			.contains("value=\"Hari Tidak Ada\"");
		assertThat(count("select count(*) from holiday")).isEqualTo(before);
	}

	@Test
	void theSameDateAndNameCannotBeAddedTwice() throws Exception {
		String page = mvc.perform(post("/admin/hari-libur").with(ADMIN).with(csrf())
			.param("tanggal", "2026-12-25")
			.param("nama", "hari raya natal")
			.param("jenis", "NASIONAL"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("sudah ada");
		assertThatThrownBy(() -> administration.add(new HolidayAdministration.NewHoliday(LocalDate.of(2026, 12, 25),
				HolidayKind.NASIONAL, "Hari Raya Natal", null), new Actor("admin-kalender", "ADMIN", null)))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("calendar.holiday-exists"));
	}

	@Test
	void theListShowsAYearWithItsKindsAndTheCitysZone() throws Exception {
		String page = mvc.perform(get("/admin/hari-libur").param("tahun", "2026").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Hari Suci Nyepi")
			.contains("badge-cuti_bersama")
			.contains("Rabu, 18 Maret 2026")
			.contains("WIB")
			.contains("<option value=\"2027\"")
			.doesNotContain("Tahun Baru Masehi</span>\n          <div class=\"hint\">2025");
	}

	@Test
	void anUnknownHolidayIsNotFound() throws Exception {
		mvc.perform(post("/admin/hari-libur/{id}/nonaktifkan", 987654321L).with(ADMIN).with(csrf())
			.param("alasan", "Uji"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHolidayPageIsClosedToAnonymousVisitorsAndCitizens() throws Exception {
		mvc.perform(get("/admin/hari-libur"))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/masuk"));
		mvc.perform(get("/admin/hari-libur").with(user("warga-kalender").roles("WARGA")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/hari-libur").with(user("warga-kalender").roles("WARGA")).with(csrf())
			.param("tanggal", "2043-01-07").param("nama", "Libur Palsu").param("jenis", "DAERAH"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from holiday where name = 'Libur Palsu'")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private long publications(String eventSimpleName, long holidayId) {
		return jdbc.sql("select count(*) from event_publication where event_type like :type "
				+ "and serialized_event like :id")
			.param("type", "%." + eventSimpleName)
			.param("id", "%\"holidayId\":" + holidayId + ",%")
			.query(Long.class)
			.single();
	}

	private static LocalDate weekday(LocalDate date) {
		LocalDate day = date;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}
}
