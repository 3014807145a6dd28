package org.satukota.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/** The pure calendar math behind {@link WorkingCalendar#of(ZoneId, Collection)}; immutable and thread-safe. */
final class FixedWorkingCalendar implements WorkingCalendar {

	private final ZoneId zone;
	private final List<Holiday> holidays;
	/** Dates off that fall on a weekday: the only dates that change a Monday–Friday count. */
	private final NavigableSet<LocalDate> weekdaysOff;

	FixedWorkingCalendar(ZoneId zone, Collection<Holiday> holidays) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.holidays = holidays.stream()
			.sorted(Comparator.comparing(Holiday::date).thenComparing(Holiday::name))
			.toList();
		TreeSet<LocalDate> off = new TreeSet<>();
		for (Holiday holiday : this.holidays) {
			if (isWeekday(holiday.date())) {
				off.add(holiday.date());
			}
		}
		this.weekdaysOff = off;
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return isWeekday(date) && !weekdaysOff.contains(date);
	}

	@Override
	public LocalDate nextWorkingDay(LocalDate date) {
		return firstWorkingDayFrom(date.plusDays(1));
	}

	@Override
	public LocalDate firstWorkingDayFrom(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Override
	public LocalDate dateOf(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	@Override
	public LocalDate receiptDay(Instant instant) {
		return firstWorkingDayFrom(dateOf(instant));
	}

	@Override
	public LocalDate dueDate(Instant start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("A budget of working days cannot be negative: " + days);
		}
		LocalDate day = receiptDay(start);
		for (int i = 0; i < days; i++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	@Override
	public Instant addWorkingDays(Instant start, int days) {
		return endOf(dueDate(start, days));
	}

	@Override
	public int workingDaysBetween(Instant from, Instant to) {
		// A day d has ended by `to` exactly when local midnight starting d+1 is not after `to`, i.e. d+1 ≤ date(to).
		return workingDaysIn(receiptDay(from).plusDays(1), dateOf(to).minusDays(1));
	}

	@Override
	public int workingDaysIn(LocalDate firstDay, LocalDate lastDay) {
		if (lastDay.isBefore(firstDay)) {
			return 0;
		}
		long count = weekdaysIn(firstDay, lastDay) - weekdaysOff.subSet(firstDay, true, lastDay, true).size();
		return Math.toIntExact(count);
	}

	@Override
	public List<Holiday> holidays(LocalDate from, LocalDate to) {
		List<Holiday> result = new ArrayList<>();
		for (Holiday holiday : holidays) {
			if (!holiday.date().isBefore(from) && !holiday.date().isAfter(to)) {
				result.add(holiday);
			}
		}
		return List.copyOf(result);
	}

	private Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private static boolean isWeekday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** Monday–Friday dates in [first, last], counted without walking the range. */
	private static long weekdaysIn(LocalDate first, LocalDate last) {
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		long weekdays = (days / 7) * 5;
		LocalDate day = first.plusDays((days / 7) * 7);
		while (!day.isAfter(last)) {
			if (isWeekday(day)) {
				weekdays++;
			}
			day = day.plusDays(1);
		}
		return weekdays;
	}

	@Override
	public String toString() {
		return "WorkingCalendar[" + zone + ", " + holidays.size() + " holidays]";
	}
}
