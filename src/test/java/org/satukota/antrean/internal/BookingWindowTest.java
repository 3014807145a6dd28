package org.satukota.antrean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;
import org.satukota.calendar.WorkingCalendar;

class BookingWindowTest {

	/** Christmas 2026 and New Year 2027 as in the shipped list: 24 Dec cuti bersama, 25 Dec and 1 Jan holidays. */
	private final WorkingCalendar calendar = WorkingCalendar.of(ZoneId.of("Asia/Jakarta"),
			List.of(new Holiday(LocalDate.of(2026, 12, 24), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Natal"),
					new Holiday(LocalDate.of(2026, 12, 25), HolidayKind.NASIONAL, "Hari Raya Natal"),
					new Holiday(LocalDate.of(2027, 1, 1), HolidayKind.NASIONAL, "Tahun Baru Masehi")));

	@Test
	void theChoicesStartTomorrowAndSkipWeekends() {
		// Thursday 3 December 2026.
		assertThat(BookingWindow.days(LocalDate.of(2026, 12, 3), 3, calendar)).containsExactly(
				LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
	}

	@Test
	void holidaysAndCutiBersamaAreNeverOffered() {
		// Wednesday 23 December 2026: Thursday is cuti bersama, Friday Christmas, then the weekend; 1 January is off.
		assertThat(BookingWindow.days(LocalDate.of(2026, 12, 23), 5, calendar)).containsExactly(
				LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
				LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4));
	}

	@Test
	void onASundayTheFirstChoiceIsMonday() {
		assertThat(BookingWindow.days(LocalDate.of(2026, 11, 22), 1, calendar))
			.containsExactly(LocalDate.of(2026, 11, 23));
	}

	@Test
	void onlyOfferedDaysAreAccepted() {
		LocalDate today = LocalDate.of(2026, 12, 23);
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2026, 12, 28))).isTrue();
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2027, 1, 4))).isTrue();
		assertThat(BookingWindow.contains(today, 5, calendar, today)).as("today").isFalse();
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2026, 12, 22))).as("past").isFalse();
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2026, 12, 25))).as("holiday").isFalse();
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2026, 12, 26))).as("Saturday").isFalse();
		assertThat(BookingWindow.contains(today, 5, calendar, LocalDate.of(2027, 1, 5))).as("too far").isFalse();
		assertThat(BookingWindow.contains(today, 5, calendar, null)).isFalse();
	}
}
