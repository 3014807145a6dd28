package org.satukota.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.satukota.calendar.WorkingCalendarTest.WIB;
import static org.satukota.calendar.WorkingCalendarTest.date;
import static org.satukota.calendar.WorkingCalendarTest.wib;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;

class SlaClockTest {

	final WorkingCalendar calendar = WorkingCalendar.of(WIB, SeedHolidays.all());
	final SlaClock submittedMonday = SlaClock.start(wib("2026-03-16T09:00"));

	@Test
	void aRunningClockHasTheCalendarsDeadline() {
		assertThat(submittedMonday.isPaused()).isFalse();
		assertThat(submittedMonday.deadline(5, calendar)).contains(wib("2026-03-31T00:00"));
		assertThat(submittedMonday.dueDate(5, calendar)).contains(date("2026-03-30"));
		assertThat(submittedMonday.elapsedWorkingDays(wib("2026-03-26T12:00"), calendar)).as("17, 25").isEqualTo(2);
		assertThat(submittedMonday.remainingWorkingDays(5, wib("2026-03-26T12:00"), calendar)).isEqualTo(3);
	}

	@Test
	void aPauseAcrossIdulFitriMovesTheDeadlineOnlyByTheWorkingDaysSpentPaused() {
		SlaClock returnedToCitizen = submittedMonday.pause(wib("2026-03-17T14:00"), "Berkas KK belum dilampirkan");
		SlaClock resubmitted = returnedToCitizen.resume(wib("2026-03-25T11:00"), calendar);

		assertThat(resubmitted.pausedWorkingDays()).as("only Tuesday 17 ended while paused").isEqualTo(1);
		assertThat(resubmitted.dueDate(5, calendar)).contains(date("2026-03-31"));
		assertThat(resubmitted.deadline(5, calendar)).contains(wib("2026-04-01T00:00"));
		assertThat(resubmitted.elapsedWorkingDays(wib("2026-03-26T12:00"), calendar)).as("25 only").isEqualTo(1);
		assertThat(resubmitted.elapsedWorkingDays(wib("2026-04-01T00:00"), calendar)).isEqualTo(5);
	}

	@Test
	void aPauseOverAWeekendCountsOnlyTheWorkingDaysThatEndedWhilePaused() {
		SlaClock resumed = submittedMonday.pause(wib("2026-03-27T10:00"), "Menunggu data pelapor")
			.resume(wib("2026-03-31T10:00"), calendar);

		assertThat(resumed.pausedWorkingDays()).as("Friday 27 and Monday 30").isEqualTo(2);
		assertThat(resumed.dueDate(5, calendar)).contains(date("2026-04-01"));
	}

	@Test
	void pausingAndResumingWithinOneDayCostsNothing() {
		SlaClock resumed = submittedMonday.pause(wib("2026-03-25T09:00"), "Klarifikasi")
			.resume(wib("2026-03-25T15:00"), calendar);
		assertThat(resumed.pausedWorkingDays()).isZero();
		assertThat(resumed.deadline(5, calendar)).isEqualTo(submittedMonday.deadline(5, calendar));
	}

	@Test
	void aPausedClockHasNoDeadlineAndStopsCounting() {
		SlaClock paused = submittedMonday.pause(wib("2026-03-25T09:00"), "Menunggu warga");
		assertThat(paused.isPaused()).isTrue();
		assertThat(paused.pauseReason()).isEqualTo("Menunggu warga");
		assertThat(paused.deadline(5, calendar)).isEmpty();
		assertThat(paused.dueDate(5, calendar)).isEmpty();
		assertThat(paused.elapsedWorkingDays(wib("2026-03-25T12:00"), calendar)).isEqualTo(1);
		assertThat(paused.elapsedWorkingDays(wib("2026-04-20T12:00"), calendar)).isEqualTo(1);
	}

	@Test
	void aPauseNeitherMakesAnItemLateNorRescuesOneThatAlreadyWas() {
		SlaClock onTime = submittedMonday.pause(wib("2026-03-26T09:00"), "Menunggu warga");
		assertThat(onTime.isOverdue(5, wib("2026-05-01T09:00"), calendar)).isFalse();

		SlaClock late = submittedMonday.pause(wib("2026-04-02T09:00"), "Menunggu warga");
		assertThat(submittedMonday.isOverdue(5, wib("2026-04-02T09:00"), calendar)).isTrue();
		assertThat(late.isOverdue(5, wib("2026-05-01T09:00"), calendar)).isTrue();
	}

	@Test
	void overdueIsExactlyWhenTheDeadlineHasCome() {
		Instant deadline = submittedMonday.deadline(3, calendar).orElseThrow();
		assertThat(submittedMonday.isOverdue(3, deadline.minusSeconds(1), calendar)).isFalse();
		assertThat(submittedMonday.isOverdue(3, deadline, calendar)).isTrue();
		assertThat(submittedMonday.isOverdue(0, wib("2026-03-16T23:59"), calendar)).isFalse();
		assertThat(submittedMonday.isOverdue(0, wib("2026-03-17T00:00"), calendar)).isTrue();
	}

	@Test
	void pausingAPausedClockIsRefused() {
		SlaClock paused = submittedMonday.pause(wib("2026-03-25T09:00"), "Menunggu warga");
		assertThatThrownBy(() -> paused.pause(wib("2026-03-26T09:00"), "Lagi"))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("calendar.clock-already-paused"));
	}

	@Test
	void resumingARunningClockIsRefused() {
		assertThatThrownBy(() -> submittedMonday.resume(wib("2026-03-26T09:00"), calendar))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("calendar.clock-not-paused"));
	}

	@Test
	void aPauseNeedsAReasonAndTimeRunsForward() {
		assertThatThrownBy(() -> submittedMonday.pause(wib("2026-03-25T09:00"), "  "))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("calendar.pause-reason-required"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> submittedMonday.pause(wib("2026-03-13T09:00"), "Sebelum mulai"));
		SlaClock paused = submittedMonday.pause(wib("2026-03-25T09:00"), "Menunggu warga");
		assertThatIllegalArgumentException().isThrownBy(() -> paused.resume(wib("2026-03-24T09:00"), calendar));
		assertThatIllegalArgumentException().isThrownBy(() -> submittedMonday.deadline(-1, calendar));
	}

	@Test
	void aStoredClockComesBackFromItsFourFields() {
		SlaClock clock = submittedMonday.pause(wib("2026-03-17T14:00"), "Berkas kurang")
			.resume(wib("2026-03-25T11:00"), calendar)
			.pause(wib("2026-03-26T10:00"), "Menunggu tanda tangan pemohon");

		SlaClock restored = new SlaClock(clock.startedAt(), clock.pausedWorkingDays(), clock.pausedAt(),
				clock.pauseReason());
		assertThat(restored).isEqualTo(clock);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaClock(clock.startedAt(), 0, clock.pausedAt(), null));
	}
}
