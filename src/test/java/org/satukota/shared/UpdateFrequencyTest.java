package org.satukota.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class UpdateFrequencyTest {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Test
	void monthlyContentUpdatedOnTheLastDayOfJanuaryIsDueAtTheEndOfFebruary() {
		Instant updated = Instant.parse("2026-01-31T03:00:00Z");
		assertThat(UpdateFrequency.MONTHLY.dueAfter(updated, WIB)).isEqualTo(Instant.parse("2026-02-28T03:00:00Z"));
	}

	@Test
	void dailyContentIsLateOnlyAfterAFullDay() {
		Instant updated = Instant.parse("2026-03-02T01:00:00Z");
		assertThat(UpdateFrequency.DAILY.isLate(updated, Instant.parse("2026-03-03T01:00:00Z"), WIB)).isFalse();
		assertThat(UpdateFrequency.DAILY.isLate(updated, Instant.parse("2026-03-03T01:00:01Z"), WIB)).isTrue();
	}

	@Test
	void contentUpdatedAsNeededIsNeverLate() {
		Instant updated = Instant.parse("2020-04-13T00:00:00Z");
		assertThat(UpdateFrequency.AS_NEEDED.dueAfter(updated, WIB)).isNull();
		assertThat(UpdateFrequency.AS_NEEDED.isLate(updated, Instant.parse("2026-11-22T00:00:00Z"), WIB)).isFalse();
	}

	@Test
	void yearlyAndQuarterlyPeriodsFollowTheCalendar() {
		Instant updated = Instant.parse("2024-02-29T05:00:00Z");
		assertThat(UpdateFrequency.YEARLY.dueAfter(updated, WIB)).isEqualTo(Instant.parse("2025-02-28T05:00:00Z"));
		assertThat(UpdateFrequency.QUARTERLY.dueAfter(updated, WIB)).isEqualTo(Instant.parse("2024-05-29T05:00:00Z"));
		assertThat(UpdateFrequency.WEEKLY.dueAfter(updated, WIB)).isEqualTo(Instant.parse("2024-03-07T05:00:00Z"));
	}
}
