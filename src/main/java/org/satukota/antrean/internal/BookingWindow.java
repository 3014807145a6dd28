package org.satukota.antrean.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.satukota.calendar.WorkingCalendar;

/**
 * Which days a citizen may book: the next {@code daysAhead} working days strictly after today (city zone). Today
 * itself is never offered, so the counter's queue is settled when the office opens.
 */
final class BookingWindow {

	private BookingWindow() {
	}

	static List<LocalDate> days(LocalDate today, int daysAhead, WorkingCalendar calendar) {
		List<LocalDate> days = new ArrayList<>(daysAhead);
		LocalDate day = today;
		for (int i = 0; i < daysAhead; i++) {
			day = calendar.nextWorkingDay(day);
			days.add(day);
		}
		return days;
	}

	static boolean contains(LocalDate today, int daysAhead, WorkingCalendar calendar, LocalDate day) {
		return day != null && day.isAfter(today) && calendar.isWorkingDay(day)
				&& !day.isAfter(days(today, daysAhead, calendar).get(daysAhead - 1));
	}
}
