package org.satukota.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.satukota.calendar.Holiday;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/**
 * The city's calendar as the admin keeps it. Each call compares the cached snapshot's revision with the calendar's
 * revision in {@code cache_revision} (read once per request) and reloads the small holiday table only when it moved, so a
 * change made on any node is seen by every node as soon as it is committed.
 */
@Component
class LiveWorkingCalendar implements WorkingCalendar {

	private record Loaded(long revision, ZoneId zone, WorkingCalendar calendar) {
	}

	private final HolidayRepository repository;

	private final Units units;

	private volatile Loaded loaded;

	LiveWorkingCalendar(HolidayRepository repository, Units units) {
		this.repository = repository;
		this.units = units;
	}

	@Override
	public WorkingCalendar snapshot() {
		// A page computes many deadlines; the revision is read once per request (CacheRevisions).
		return load();
	}

	private WorkingCalendar load() {
		ZoneId zone = zone();
		long revision = repository.revision();
		Loaded current = loaded;
		if (current == null || current.revision() != revision || !current.zone().equals(zone)) {
			// Read after the revision: the rows are at least as new as the revision, and a newer commit in
			// between only causes one more reload on the next call.
			current = new Loaded(revision, zone, WorkingCalendar.of(zone, repository.activeHolidays()));
			loaded = current;
		}
		return current.calendar();
	}

	@Override
	public ZoneId zone() {
		return units.cityProfile().zone();
	}

	@Override
	public LocalDate dateOf(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return snapshot().isWorkingDay(date);
	}

	@Override
	public LocalDate nextWorkingDay(LocalDate date) {
		return snapshot().nextWorkingDay(date);
	}

	@Override
	public LocalDate firstWorkingDayFrom(LocalDate date) {
		return snapshot().firstWorkingDayFrom(date);
	}

	@Override
	public LocalDate receiptDay(Instant instant) {
		return snapshot().receiptDay(instant);
	}

	@Override
	public LocalDate dueDate(Instant start, int days) {
		return snapshot().dueDate(start, days);
	}

	@Override
	public Instant addWorkingDays(Instant start, int days) {
		return snapshot().addWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(Instant from, Instant to) {
		return snapshot().workingDaysBetween(from, to);
	}

	@Override
	public int workingDaysIn(LocalDate firstDay, LocalDate lastDay) {
		return snapshot().workingDaysIn(firstDay, lastDay);
	}

	@Override
	public List<Holiday> holidays(LocalDate from, LocalDate to) {
		return snapshot().holidays(from, to);
	}
}
