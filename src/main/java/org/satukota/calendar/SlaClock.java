package org.satukota.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.satukota.shared.PolicyViolation;

/**
 * A deadline clock in working days that can stop while a matter waits for someone outside the office (an
 * application returned to the citizen for correction, a complaint put on <i>tunda</i>) and run on when they
 * answer. Immutable: every transition returns a new clock. A module stores the four components in its own table
 * ({@code started_at timestamptz, paused_working_days int, paused_at timestamptz null, pause_reason text null})
 * and rebuilds the clock with the canonical constructor.
 *
 * <h2>Rules</h2>
 * The budget is counted with {@link WorkingCalendar}'s rule (the receipt day of {@link #startedAt()} does not
 * count; a budget ends at the end of a working day). A working day is <b>spent paused</b> when it ends (local
 * midnight) while the clock is paused, and is then not counted as elapsed; pausing and resuming within the same
 * day therefore costs nothing, and a pause that spans <i>k</i> working-day ends moves the deadline by <i>k</i>
 * working days. Holidays and weekends inside a pause do not count either way. When the clock is resumed the
 * working days spent in that pause are frozen into {@link #pausedWorkingDays()}.
 *
 * <p>Re-read the deadline with the live calendar whenever it is shown or checked: an admin may add a holiday
 * (events {@link HolidayAdded}, {@link HolidayDeactivated}, {@link HolidayReactivated}); a stored due date is
 * only an index for finding candidates.
 *
 * @param startedAt when the clock started (e.g. the submission)
 * @param pausedWorkingDays working days spent in completed pauses
 * @param pausedAt when the current pause began; {@code null} while running
 * @param pauseReason why it is paused; {@code null} while running
 */
public record SlaClock(Instant startedAt, int pausedWorkingDays, Instant pausedAt, String pauseReason) {

	public SlaClock {
		Objects.requireNonNull(startedAt, "startedAt");
		if (pausedWorkingDays < 0) {
			throw new IllegalArgumentException("pausedWorkingDays cannot be negative");
		}
		if ((pausedAt == null) != (pauseReason == null)) {
			throw new IllegalArgumentException("A paused clock needs both pausedAt and pauseReason");
		}
		if (pausedAt != null && pausedAt.isBefore(startedAt)) {
			throw new IllegalArgumentException("A clock cannot be paused before it started");
		}
	}

	/** A running clock started at {@code at}. */
	public static SlaClock start(Instant at) {
		return new SlaClock(at, 0, null, null);
	}

	public boolean isPaused() {
		return pausedAt != null;
	}

	/**
	 * Stops the clock.
	 * @throws PolicyViolation {@code calendar.clock-already-paused} when it is paused already,
	 *     {@code calendar.pause-reason-required} without a reason
	 * @throws IllegalArgumentException when {@code at} is before the start
	 */
	public SlaClock pause(Instant at, String reason) {
		Objects.requireNonNull(at, "at");
		if (isPaused()) {
			throw new PolicyViolation("calendar.clock-already-paused");
		}
		if (reason == null || reason.isBlank()) {
			throw new PolicyViolation("calendar.pause-reason-required");
		}
		return new SlaClock(startedAt, pausedWorkingDays, at, reason.strip());
	}

	/**
	 * Runs the clock on, adding the working days spent in this pause (per {@code calendar}) to
	 * {@link #pausedWorkingDays()}.
	 * @throws PolicyViolation {@code calendar.clock-not-paused} when it is running
	 * @throws IllegalArgumentException when {@code at} is before the pause began
	 */
	public SlaClock resume(Instant at, WorkingCalendar calendar) {
		Objects.requireNonNull(at, "at");
		if (!isPaused()) {
			throw new PolicyViolation("calendar.clock-not-paused");
		}
		if (at.isBefore(pausedAt)) {
			throw new IllegalArgumentException("A clock cannot be resumed before it was paused");
		}
		return new SlaClock(startedAt, pausedWorkingDays + spentPaused(pausedAt, at, calendar), null, null);
	}

	/** Working days counted against the budget by {@code now}: those that ended while the clock ran. */
	public int elapsedWorkingDays(Instant now, WorkingCalendar calendar) {
		int paused = pausedWorkingDays + (isPaused() ? spentPaused(pausedAt, now, calendar) : 0);
		return Math.max(0, calendar.workingDaysBetween(startedAt, now) - paused);
	}

	/**
	 * When a budget of {@code budgetWorkingDays} runs out, moved by the working days spent in completed pauses;
	 * empty while the clock is paused (nobody can say until it runs again). Late means
	 * {@code !now.isBefore(deadline)}.
	 * @throws IllegalArgumentException if the budget is negative
	 */
	public Optional<Instant> deadline(int budgetWorkingDays, WorkingCalendar calendar) {
		requireBudget(budgetWorkingDays);
		if (isPaused()) {
			return Optional.empty();
		}
		return Optional.of(calendar.addWorkingDays(startedAt, budgetWorkingDays + pausedWorkingDays));
	}

	/**
	 * The last working day of the budget ("paling lambat"), as {@link #deadline(int, WorkingCalendar)}; empty
	 * while paused.
	 */
	public Optional<LocalDate> dueDate(int budgetWorkingDays, WorkingCalendar calendar) {
		requireBudget(budgetWorkingDays);
		if (isPaused()) {
			return Optional.empty();
		}
		return Optional.of(calendar.dueDate(startedAt, budgetWorkingDays + pausedWorkingDays));
	}

	/**
	 * Whether the budget has run out at {@code now}. A paused clock keeps the state it had when it was paused:
	 * a pause neither makes an item late nor rescues one that already was.
	 */
	public boolean isOverdue(int budgetWorkingDays, Instant now, WorkingCalendar calendar) {
		requireBudget(budgetWorkingDays);
		int paused = pausedWorkingDays + (isPaused() ? spentPaused(pausedAt, now, calendar) : 0);
		return !now.isBefore(calendar.addWorkingDays(startedAt, budgetWorkingDays + paused));
	}

	/** Working days of the budget still left at {@code now} (0 once used up). */
	public int remainingWorkingDays(int budgetWorkingDays, Instant now, WorkingCalendar calendar) {
		requireBudget(budgetWorkingDays);
		return Math.max(0, budgetWorkingDays - elapsedWorkingDays(now, calendar));
	}

	/** Working days after the start's receipt day whose end falls in (from, to]. */
	private int spentPaused(Instant from, Instant to, WorkingCalendar calendar) {
		LocalDate firstCounted = calendar.receiptDay(startedAt).plusDays(1);
		LocalDate first = calendar.dateOf(from);
		if (first.isBefore(firstCounted)) {
			first = firstCounted;
		}
		return calendar.workingDaysIn(first, calendar.dateOf(to).minusDays(1));
	}

	private static void requireBudget(int budgetWorkingDays) {
		if (budgetWorkingDays < 0) {
			throw new IllegalArgumentException("A budget of working days cannot be negative: " + budgetWorkingDays);
		}
	}
}
