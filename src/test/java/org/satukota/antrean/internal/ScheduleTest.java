package org.satukota.antrean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;

class ScheduleTest {

	@Test
	void theDefaultScheduleServesTwentyPerServiceFromEightToNoonInHourlySessions() {
		Schedule schedule = Schedule.defaults(5);
		assertThat(schedule.quotaPerService()).isEqualTo(20);
		assertThat(schedule.quotaPerUnit()).isNull();
		assertThat(schedule.hoursLabel()).isEqualTo("08.00–12.00");
		assertThat(schedule.sessions()).extracting(Schedule.Session::label)
			.containsExactly("08.00–09.00", "09.00–10.00", "10.00–11.00", "11.00–12.00");
	}

	@Test
	void theLastSessionEndsAtClosingTimeEvenWhenShorter() {
		Schedule schedule = Schedule.of(5, 10, null, LocalTime.of(8, 0), LocalTime.of(11, 30), 90, 5);
		assertThat(schedule.sessions()).extracting(Schedule.Session::label)
			.containsExactly("08.00–09.30", "09.30–11.00", "11.00–11.30");
	}

	@Test
	void queueNumbersAreSpreadEvenlyOverTheSessionsAndOverflowIntoTheLast() {
		Schedule schedule = Schedule.defaults(5);
		// 20 per day over 4 sessions: 5 numbers per session.
		assertThat(schedule.sessionFor(1).label()).isEqualTo("08.00–09.00");
		assertThat(schedule.sessionFor(5).label()).isEqualTo("08.00–09.00");
		assertThat(schedule.sessionFor(6).label()).isEqualTo("09.00–10.00");
		assertThat(schedule.sessionFor(20).label()).isEqualTo("11.00–12.00");
		assertThat(schedule.sessionFor(57).label()).isEqualTo("11.00–12.00");
	}

	@Test
	void remainingPlacesAreTheServiceQuotaMinusItsBookings() {
		Schedule schedule = Schedule.defaults(5);
		assertThat(schedule.remaining(0, 0)).isEqualTo(20);
		assertThat(schedule.remaining(19, 40)).isEqualTo(1);
		assertThat(schedule.remaining(20, 20)).isZero();
		assertThat(schedule.remaining(25, 25)).isZero();
	}

	@Test
	void aUnitQuotaCapsAllServicesTogether() {
		Schedule schedule = Schedule.of(5, 10, 12, LocalTime.of(8, 0), LocalTime.of(12, 0), 60, 10);
		assertThat(schedule.remaining(2, 2)).isEqualTo(8);
		assertThat(schedule.remaining(2, 11)).isEqualTo(1);
		assertThat(schedule.remaining(0, 12)).isZero();
	}

	@Test
	void anAdminsScheduleOutsideTheLimitsIsRefusedWithTheRuleItBreaks() {
		LocalTime eight = LocalTime.of(8, 0);
		LocalTime noon = LocalTime.of(12, 0);
		assertThatThrownBy(() -> Schedule.of(5, 0, null, eight, noon, 60, 10)).isInstanceOf(PolicyViolation.class)
			.hasMessage("antrean.quota-per-service-range");
		assertThatThrownBy(() -> Schedule.of(5, 10, 0, eight, noon, 60, 10))
			.hasMessage("antrean.quota-per-unit-range");
		assertThatThrownBy(() -> Schedule.of(5, 10, null, noon, eight, 60, 10)).hasMessage("antrean.hours-invalid");
		assertThatThrownBy(() -> Schedule.of(5, 10, null, eight, eight, 60, 10)).hasMessage("antrean.hours-invalid");
		assertThatThrownBy(() -> Schedule.of(5, 10, null, eight, noon, 5, 10)).hasMessage("antrean.session-range");
		assertThatThrownBy(() -> Schedule.of(5, 10, null, eight, noon, 60, 0)).hasMessage("antrean.days-ahead-range");
		assertThatThrownBy(() -> Schedule.of(5, 10, null, eight, noon, 60, 61))
			.hasMessage("antrean.days-ahead-range");
	}
}
