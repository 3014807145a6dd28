package org.satukota.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.shared.PolicyViolation;

class ComplaintTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Idul Fitri 2026 with its cuti bersama (as in the national decree). */
	static final WorkingCalendar CALENDAR = WorkingCalendar.of(WIB, List.of(
			new Holiday(LocalDate.of(2026, 3, 18), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Nyepi"),
			new Holiday(LocalDate.of(2026, 3, 19), HolidayKind.NASIONAL, "Nyepi"),
			new Holiday(LocalDate.of(2026, 3, 20), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Idul Fitri"),
			new Holiday(LocalDate.of(2026, 3, 23), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Idul Fitri"),
			new Holiday(LocalDate.of(2026, 3, 24), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Idul Fitri")));

	static final Budgets BUDGETS = Budgets.defaults();

	static Complaint received(Instant at) {
		return Complaint.received(UUID.randomUUID(), "ADU-2026-000001", "web", "k", ComplaintKind.PENGADUAN,
				"jalan-rusak", "Jalan rusak", "Lubang", "Lubang besar", -2.9, 104.7, null, null, false, false, 1L, "Siti",
				"siti@warga.test", null, null, at, BUDGETS);
	}

	static Instant wib(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
	}

	@Test
	void verificationDeadlineSkipsTheIdulFitriHolidays() {
		Complaint c = received(wib("2026-03-17T10:00"));
		// 3 working days after Tuesday 17 March: 25, 26 and 27 March.
		assertThat(c.deadline(CALENDAR)).isEqualTo(wib("2026-03-28T00:00"));
		assertThat(c.isOverdue(wib("2026-03-27T23:59"), CALENDAR)).isFalse();
		assertThat(c.isOverdue(wib("2026-03-28T00:00"), CALENDAR)).isTrue();
	}

	@Test
	void theSecondEscalationLevelComesTwoWorkingDaysAfterTheFirst() {
		Complaint c = received(wib("2026-03-17T10:00"));
		assertThat(c.nextCheck(CALENDAR, BUDGETS)).isEqualTo(wib("2026-03-28T00:00"));
		assertThat(c.escalateTo(1, wib("2026-03-28T00:00"))).isTrue();
		assertThat(c.escalateTo(1, wib("2026-03-28T00:05"))).isFalse();
		assertThat(c.nextCheck(CALENDAR, BUDGETS)).isEqualTo(wib("2026-04-01T00:00"));
		c.escalateTo(2, wib("2026-04-01T00:00"));
		assertThat(c.nextCheck(CALENDAR, BUDGETS)).isNull();
	}

	@Test
	void disposingStartsAFreshOpdClockAndResetsTheEscalation() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.escalateTo(1, wib("2026-07-10T00:00"));
		c.dispose(wib("2026-07-10T09:00"), BUDGETS);
		assertThat(c.status).isEqualTo(Status.DIDISPOSISI);
		assertThat(c.escalationLevel).isZero();
		assertThat(c.budget).isEqualTo(5);
		assertThat(c.deadline(CALENDAR)).isEqualTo(wib("2026-07-18T00:00"));
	}

	@Test
	void holdingStopsTheClockAndTheAnswerMovesTheDeadlineByTheDaysSpentWaiting() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.hold("Nomor rumah?", wib("2026-07-06T11:00"));
		assertThat(c.deadline(CALENDAR)).isNull();
		assertThat(c.nextCheck(CALENDAR, BUDGETS)).isNull();
		c.resumeWithAnswer(wib("2026-07-08T09:00"), CALENDAR);
		assertThat(c.status).isEqualTo(Status.DITERIMA);
		// 7 July ended while paused: the 3-day budget ends on 10 July instead of 9 July.
		assertThat(c.deadline(CALENDAR)).isEqualTo(wib("2026-07-11T00:00"));
	}

	@Test
	void anAnswerAfterTheDeadlineIsRecordedAsLate() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.dispose(wib("2026-07-06T11:00"), BUDGETS);
		c.answered("Selesai diperbaiki", true, wib("2026-07-14T09:00"), CALENDAR, BUDGETS);
		assertThat(c.status).isEqualTo(Status.MENUNGGU_TANGGAPAN);
		assertThat(c.answeredOnTime).isFalse();
		assertThat(c.budget).isEqualTo(10);
	}

	@Test
	void oneOfTwoOpdsAnsweringKeepsTheReportWithTheOpds() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.dispose(wib("2026-07-06T11:00"), BUDGETS);
		c.answered("Bagian kami selesai", false, wib("2026-07-07T09:00"), CALENDAR, BUDGETS);
		assertThat(c.status).isEqualTo(Status.DITINDAKLANJUTI);
		assertThat(c.firstResponseAt).isEqualTo(wib("2026-07-07T09:00"));
	}

	@Test
	void ratingClosesAnAnsweredReportAndRejectsOutOfRangeStars() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.dispose(wib("2026-07-06T11:00"), BUDGETS);
		c.answered("Sudah", true, wib("2026-07-07T09:00"), CALENDAR, BUDGETS);
		assertThatThrownBy(() -> c.rate(6, null, wib("2026-07-07T10:00"))).isInstanceOf(PolicyViolation.class)
			.hasMessage("pengaduan.rating-range");
		c.rate(4, "Baik", wib("2026-07-07T10:00"));
		assertThat(c.status).isEqualTo(Status.SELESAI);
		assertThat(c.closedAt).isEqualTo(wib("2026-07-07T10:00"));
	}

	@Test
	void reopeningIsAllowedOnlyWithinTheWindow() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.dispose(wib("2026-07-06T11:00"), BUDGETS);
		c.answered("Sudah", true, wib("2026-07-07T09:00"), CALENDAR, BUDGETS);
		c.rate(2, null, wib("2026-07-07T10:00"));
		assertThatThrownBy(() -> c.reopen(wib("2026-07-22T10:00"), CALENDAR, BUDGETS))
			.isInstanceOf(PolicyViolation.class).hasMessage("pengaduan.reopen-window-passed");
		c.reopen(wib("2026-07-20T10:00"), CALENDAR, BUDGETS);
		assertThat(c.status).isEqualTo(Status.DIBUKA_KEMBALI);
		assertThat(c.rating).isNull();
		assertThat(c.closedAt).isNull();
	}

	@Test
	void silenceClosesOnlyAfterTheReportersWindow() {
		Complaint c = received(wib("2026-07-06T10:00"));
		c.dispose(wib("2026-07-06T11:00"), BUDGETS);
		c.answered("Sudah", true, wib("2026-07-06T12:00"), CALENDAR, BUDGETS);
		assertThatThrownBy(() -> c.closeForSilence(wib("2026-07-20T23:00"), CALENDAR))
			.isInstanceOf(PolicyViolation.class);
		c.closeForSilence(wib("2026-07-21T00:00"), CALENDAR);
		assertThat(c.status).isEqualTo(Status.SELESAI);
	}

	@Test
	void coordinatorOutcomesNeedTheirTextAndOnlyApplyDuringVerification() {
		Complaint c = received(wib("2026-07-06T10:00"));
		assertThatThrownBy(() -> c.archive(" ", wib("2026-07-06T11:00"))).hasMessage("pengaduan.reason-required");
		assertThatThrownBy(() -> c.rejectAsNotCompetent(null, wib("2026-07-06T11:00")))
			.hasMessage("pengaduan.referral-required");
		c.rejectAsNotCompetent("Balai Besar Wilayah Sungai Sumatera VIII", wib("2026-07-06T11:00"));
		assertThat(c.status).isEqualTo(Status.BUKAN_WEWENANG);
		assertThat(c.isClosed()).isTrue();
		assertThatThrownBy(() -> c.dispose(wib("2026-07-06T12:00"), BUDGETS)).hasMessage("pengaduan.cannot-dispose");
	}

	@Test
	void aReportCannotBeMergedIntoItselfOrIntoADuplicate() {
		Complaint original = received(wib("2026-07-06T10:00"));
		Complaint copy = received(wib("2026-07-06T10:30"));
		assertThatThrownBy(() -> copy.mergeInto(copy, wib("2026-07-06T11:00")))
			.hasMessage("pengaduan.duplicate-original-invalid");
		copy.mergeInto(original, wib("2026-07-06T11:00"));
		assertThat(copy.status).isEqualTo(Status.DUPLIKAT);
		assertThat(copy.duplicateOf).isEqualTo(original.id);
	}

	@Test
	void trackingNumbersAreReadable() {
		assertThat(TrackingNumbers.format(2026, 123)).isEqualTo("ADU-2026-000123");
		assertThat(TrackingNumbers.looksValid("adu-2026-000123")).isTrue();
	}
}
