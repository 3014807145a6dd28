package org.satukota.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * The city's working days and the arithmetic of deadlines in <em>hari kerja</em>. Inject the Spring bean to get
 * the city's live calendar (its zone from the directory, the holidays an admin keeps); use
 * {@link #of(ZoneId, Collection)} for a fixed calendar in unit tests.
 *
 * <h2>Working day</h2>
 * Monday to Friday, unless the date carries an active holiday of any kind (national holiday, cuti bersama,
 * regional holiday). Dates are local dates in {@link #zone()}.
 *
 * <h2>Deadlines: the rule this calendar applies</h2>
 * <ol>
 * <li>The <b>receipt day</b> of an instant is its local date in the city's zone if that is a working day,
 * otherwise the next working day: something submitted on Saturday, on a holiday or at 23:30 on a Sunday is
 * treated as received on the next working day ({@link #receiptDay(Instant)}).</li>
 * <li>The receipt day itself does not count ("sejak diterima" — a report received at 16:55 must not lose its
 * first day). A budget of <i>N</i> working days ends at the <b>end</b> of the <i>N</i>-th working day after the
 * receipt day ({@link #dueDate(Instant, int)}); the deadline instant is the first instant of the following
 * calendar day (local midnight), exclusive: an item is late when {@code !now.isBefore(deadline)}.</li>
 * <li>A budget of 0 ("selesai hari itu juga") ends at the end of the receipt day.</li>
 * </ol>
 * Example (WIB, Idul Fitri 2026, 18–24 March off): 5 working days from Tuesday 17 March 2026 10:00 end on
 * Tuesday 31 March 2026 (25, 26, 27, 30, 31), i.e. the deadline is 1 April 2026 00:00 WIB.
 *
 * <h2>Counting</h2>
 * {@link #workingDaysBetween(Instant, Instant)} counts the working days after {@code from}'s receipt day that
 * have <em>ended</em> by {@code to}; it is the inverse of {@link #addWorkingDays(Instant, int)}: for every
 * {@code n ≥ 1}, {@code workingDaysBetween(s, t) >= n} exactly when {@code !t.isBefore(addWorkingDays(s, n))},
 * and {@code workingDaysBetween(s, addWorkingDays(s, n)) == n} for every {@code n ≥ 0}.
 * For calendar-style counts of a date range (reports, "5 hari kerja dalam periode ini") use
 * {@link #workingDaysIn(LocalDate, LocalDate)}, which includes both ends.
 */
public interface WorkingCalendar {

	/** The city's time zone (Asia/Jakarta for WIB, Asia/Makassar for WITA, Asia/Jayapura for WIT). */
	ZoneId zone();

	/** Monday–Friday and not an active holiday. */
	boolean isWorkingDay(LocalDate date);

	/** The first working day strictly after {@code date}. */
	LocalDate nextWorkingDay(LocalDate date);

	/** {@code date} itself when it is a working day, otherwise the first working day after it. */
	LocalDate firstWorkingDayFrom(LocalDate date);

	/** The local date of an instant in the city's zone. */
	LocalDate dateOf(Instant instant);

	/** The working day an instant counts as received on: its local date, or the next working day. */
	LocalDate receiptDay(Instant instant);

	/**
	 * The last working day of a budget of {@code days} working days started at {@code start}: the
	 * {@code days}-th working day after the receipt day (the receipt day itself for 0). This is the date to print
	 * as "paling lambat".
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	LocalDate dueDate(Instant start, int days);

	/**
	 * The deadline of a budget of {@code days} working days started at {@code start}: the first instant after
	 * the end of {@link #dueDate(Instant, int)}, i.e. local midnight that starts the next calendar day. Late means
	 * {@code !now.isBefore(deadline)}.
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	Instant addWorkingDays(Instant start, int days);

	/**
	 * How many working days after {@code from}'s receipt day have ended by {@code to} (never negative; 0 when
	 * {@code to} is not after {@code from}). Consistent with {@link #addWorkingDays(Instant, int)} as described
	 * on this type.
	 */
	int workingDaysBetween(Instant from, Instant to);

	/** The number of working days in {@code [firstDay, lastDay]}, both included; 0 when the range is empty. */
	int workingDaysIn(LocalDate firstDay, LocalDate lastDay);

	/** Active holidays with dates in {@code [from, to]}, both included, ordered by date then name. */
	List<Holiday> holidays(LocalDate from, LocalDate to);

	/**
	 * An immutable copy of this calendar as it is now. The live bean checks for admin changes on every call (one
	 * primary-key read); for a batch of calculations (a list page, an escalation run) take one snapshot and
	 * calculate with it. A fixed calendar returns itself.
	 */
	default WorkingCalendar snapshot() {
		return this;
	}

	/**
	 * A fixed calendar: Monday–Friday in {@code zone} minus the dates of {@code holidays}. Pure and immutable;
	 * the live calendar bean delegates to such a snapshot.
	 */
	static WorkingCalendar of(ZoneId zone, Collection<Holiday> holidays) {
		return new FixedWorkingCalendar(zone, holidays);
	}
}
