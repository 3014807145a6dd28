package org.satukota.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	final WorkingCalendar palembang = WorkingCalendar.of(WIB, SeedHolidays.all());
	final WorkingCalendar denpasar = WorkingCalendar.of(WITA, SeedHolidays.all());

	static Instant wib(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
	}

	static Instant wita(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void mondayToFridayAreWorkingDaysAndWeekendsAreNot() {
		WorkingCalendar plain = WorkingCalendar.of(WIB, List.of());
		assertThat(plain.isWorkingDay(date("2026-06-08"))).as("Monday").isTrue();
		assertThat(plain.isWorkingDay(date("2026-06-12"))).as("Friday").isTrue();
		assertThat(plain.isWorkingDay(date("2026-06-13"))).as("Saturday").isFalse();
		assertThat(plain.isWorkingDay(date("2026-06-14"))).as("Sunday").isFalse();
		assertThat(plain.workingDaysIn(date("2026-06-01"), date("2026-06-30"))).isEqualTo(22);
		assertThat(plain.nextWorkingDay(date("2026-06-12"))).isEqualTo(date("2026-06-15"));
	}

	@Test
	void nationalHolidaysAndCutiBersamaAreDaysOff() {
		assertThat(palembang.isWorkingDay(date("2026-08-17"))).as("Hari Kemerdekaan, a Monday").isFalse();
		assertThat(palembang.isWorkingDay(date("2026-05-15"))).as("cuti bersama, a Friday").isFalse();
		assertThat(palembang.isWorkingDay(date("2026-08-18"))).isTrue();
	}

	@Test
	void fiveWorkingDaysFromTheTuesdayBeforeIdulFitri2026EndOnTuesday31March() {
		Instant submitted = wib("2026-03-17T10:00");

		assertThat(palembang.dueDate(submitted, 5)).isEqualTo(date("2026-03-31"));
		assertThat(palembang.addWorkingDays(submitted, 5)).isEqualTo(wib("2026-04-01T00:00"));
		assertThat(palembang.addWorkingDays(submitted, 1)).as("18–24 March are all off")
			.isEqualTo(wib("2026-03-26T00:00"));
	}

	@Test
	void countingAcrossIdulFitri2026SkipsTheSevenDaysOff() {
		assertThat(palembang.holidays(date("2026-03-18"), date("2026-03-24"))).hasSize(7);
		assertThat(palembang.workingDaysIn(date("2026-03-16"), date("2026-03-27")))
			.as("16, 17, 25, 26, 27").isEqualTo(5);
		Instant mondayMorning = wib("2026-03-16T09:00");
		assertThat(palembang.workingDaysBetween(mondayMorning, wib("2026-03-27T15:00")))
			.as("ended after the receipt day: 17, 25, 26").isEqualTo(3);
		assertThat(palembang.workingDaysBetween(mondayMorning, wib("2026-03-28T00:00")))
			.as("Friday 27 has ended too").isEqualTo(4);
		assertThat(palembang.addWorkingDays(mondayMorning, 4)).isEqualTo(wib("2026-03-28T00:00"));
	}

	@Test
	void theYearEnd2025SkipsChristmasCutiBersamaAndNewYear() {
		Instant christmasEve = wib("2025-12-24T10:00");
		assertThat(palembang.isWorkingDay(date("2025-12-24"))).isTrue();
		assertThat(palembang.isWorkingDay(date("2025-12-25"))).isFalse();
		assertThat(palembang.isWorkingDay(date("2025-12-26"))).isFalse();
		assertThat(palembang.dueDate(christmasEve, 1)).isEqualTo(date("2025-12-29"));
		assertThat(palembang.dueDate(christmasEve, 3)).isEqualTo(date("2025-12-31"));
		assertThat(palembang.dueDate(christmasEve, 4)).as("1 January 2026 is off").isEqualTo(date("2026-01-02"));
		assertThat(palembang.workingDaysBetween(christmasEve, wib("2026-01-03T00:00"))).isEqualTo(4);
	}

	@Test
	void theYearEnd2026Into2027SkipsChristmasAndNewYearsDay() {
		assertThat(palembang.isWorkingDay(date("2026-12-24"))).as("cuti bersama Natal").isFalse();
		assertThat(palembang.isWorkingDay(date("2026-12-25"))).isFalse();
		assertThat(palembang.isWorkingDay(date("2027-01-01"))).as("a Friday").isFalse();
		assertThat(palembang.dueDate(wib("2026-12-23T15:00"), 1)).isEqualTo(date("2026-12-28"));
		assertThat(palembang.dueDate(wib("2026-12-31T10:00"), 1)).isEqualTo(date("2027-01-04"));
		assertThat(palembang.addWorkingDays(wib("2026-12-31T10:00"), 1)).isEqualTo(wib("2027-01-05T00:00"));
		assertThat(palembang.workingDaysBetween(wib("2026-12-23T10:00"), wib("2027-01-05T00:00")))
			.as("28, 29, 30, 31 December and 4 January").isEqualTo(5);
	}

	@Test
	void anInstantThatIsAlreadyNyepiCutiBersamaInWitaIsStillTuesdayInWib() {
		Instant lateTuesdayInPalembang = Instant.parse("2026-03-17T16:30:00Z");
		assertThat(palembang.dateOf(lateTuesdayInPalembang)).isEqualTo(date("2026-03-17"));
		assertThat(denpasar.dateOf(lateTuesdayInPalembang)).isEqualTo(date("2026-03-18"));

		assertThat(palembang.receiptDay(lateTuesdayInPalembang)).isEqualTo(date("2026-03-17"));
		assertThat(denpasar.receiptDay(lateTuesdayInPalembang)).isEqualTo(date("2026-03-25"));
		assertThat(palembang.dueDate(lateTuesdayInPalembang, 1)).isEqualTo(date("2026-03-25"));
		assertThat(denpasar.dueDate(lateTuesdayInPalembang, 1)).isEqualTo(date("2026-03-26"));
		assertThat(denpasar.addWorkingDays(lateTuesdayInPalembang, 1)).isEqualTo(wita("2026-03-27T00:00"));
	}

	@Test
	void somethingSubmittedOnAWeekendCountsAsReceivedOnMonday() {
		Instant saturday = wib("2026-06-06T10:00");
		assertThat(palembang.receiptDay(saturday)).isEqualTo(date("2026-06-08"));
		assertThat(palembang.dueDate(saturday, 1)).isEqualTo(date("2026-06-09"));
		assertThat(palembang.dueDate(wib("2026-06-08T07:30"), 1)).as("same as Monday morning")
			.isEqualTo(date("2026-06-09"));
		assertThat(palembang.workingDaysBetween(saturday, wib("2026-06-09T12:00"))).isZero();
	}

	@Test
	void somethingSubmittedOnAHolidayCountsAsReceivedOnTheNextWorkingDay() {
		Instant independenceDay = wib("2026-08-17T09:00");
		assertThat(palembang.receiptDay(independenceDay)).isEqualTo(date("2026-08-18"));
		assertThat(palembang.dueDate(independenceDay, 1)).isEqualTo(date("2026-08-19"));
	}

	@Test
	void zeroWorkingDaysEndAtTheEndOfTheReceiptDay() {
		assertThat(palembang.addWorkingDays(wib("2026-06-09T10:00"), 0)).isEqualTo(wib("2026-06-10T00:00"));
		assertThat(palembang.addWorkingDays(wib("2026-06-06T10:00"), 0)).as("Saturday → end of Monday")
			.isEqualTo(wib("2026-06-09T00:00"));
		assertThat(palembang.workingDaysBetween(wib("2026-06-09T10:00"), wib("2026-06-10T00:00"))).isZero();
	}

	@Test
	void negativeWorkingDaysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> palembang.addWorkingDays(wib("2026-06-09T10:00"), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> palembang.dueDate(wib("2026-06-09T10:00"), -3));
	}

	@Test
	void countingBackwardsGivesZero() {
		assertThat(palembang.workingDaysBetween(wib("2026-06-19T10:00"), wib("2026-06-01T10:00"))).isZero();
		assertThat(palembang.workingDaysIn(date("2026-06-19"), date("2026-06-01"))).isZero();
	}

	@Test
	void countingIsTheExactInverseOfAddingEverywhereIn2024To2027() {
		Random random = new Random(20260321L);
		Instant first = wib("2024-01-01T00:00");
		long span = Duration.between(first, wib("2027-10-01T00:00")).toMinutes();
		for (WorkingCalendar calendar : List.of(palembang, denpasar)) {
			for (int i = 0; i < 3000; i++) {
				Instant start = first.plus(Duration.ofMinutes(random.nextLong(span)));
				int days = random.nextInt(40);
				Instant deadline = calendar.addWorkingDays(start, days);
				assertThat(calendar.workingDaysBetween(start, deadline)).as("%s + %d", start, days).isEqualTo(days);
				if (days > 0) {
					assertThat(calendar.workingDaysBetween(start, deadline.minusNanos(1))).isEqualTo(days - 1);
				}
				assertThat(calendar.isWorkingDay(calendar.dueDate(start, days))).isTrue();
			}
		}
	}

	@Test
	void holidaysInARangeAreListedByDateWithTheirKind() {
		List<Holiday> march = palembang.holidays(date("2026-03-01"), date("2026-03-31"));
		assertThat(march).extracting(Holiday::date).isSorted();
		assertThat(march).first().isEqualTo(new Holiday(date("2026-03-18"), HolidayKind.CUTI_BERSAMA,
				"Cuti Bersama Hari Suci Nyepi"));
		assertThat(march).extracting(Holiday::kind).containsOnly(HolidayKind.NASIONAL, HolidayKind.CUTI_BERSAMA);
	}

	@Test
	void aRegionalHolidayIsADayOffLikeAnyOther() {
		var withBali = new java.util.ArrayList<>(SeedHolidays.all());
		withBali.add(new Holiday(date("2026-06-03"), HolidayKind.DAERAH, "Hari Raya Galungan"));
		WorkingCalendar bali = WorkingCalendar.of(WITA, withBali);
		assertThat(bali.isWorkingDay(date("2026-06-03"))).isFalse();
		assertThat(denpasar.isWorkingDay(date("2026-06-03"))).isTrue();
	}

	@Test
	void theCitysZoneIsNamedWibWitaOrWit() {
		assertThat(IndonesianTimeZone.of(WIB)).contains(IndonesianTimeZone.WIB);
		assertThat(IndonesianTimeZone.of(ZoneId.of("Asia/Pontianak"))).contains(IndonesianTimeZone.WIB);
		assertThat(IndonesianTimeZone.of(WITA)).contains(IndonesianTimeZone.WITA);
		assertThat(IndonesianTimeZone.of(ZoneId.of("Asia/Jayapura"))).contains(IndonesianTimeZone.WIT);
		assertThat(IndonesianTimeZone.of(ZoneId.of("Europe/Amsterdam"))).isEmpty();
	}
}
