package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.satukota.open311.internal.Open311Fixture.WIB;
import static org.satukota.open311.internal.Open311Fixture.params;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DateRulesTest {

	static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

	private static Instant parse(String value) {
		return DateRules.parse(params("d", value), "d", WIB, false);
	}

	@Test
	void datetimesWithAZoneAreReadInEveryCommonSpelling() {
		Instant expected = Instant.parse("2026-11-01T03:00:00Z");
		assertThat(parse("2026-11-01T03:00:00Z")).isEqualTo(expected);
		assertThat(parse("2026-11-01T10:00:00+07:00")).isEqualTo(expected);
		assertThat(parse("2026-11-01T10:00:00+0700")).isEqualTo(expected);
		assertThat(parse("2026-11-01T10:00:00.000+07:00")).isEqualTo(expected);
		// an unencoded '+' in a query string arrives as a space
		assertThat(parse("2026-11-01T10:00:00 07:00")).isEqualTo(expected);
	}

	@Test
	void aDatetimeWithoutAZoneOrABareDateIsReadInTheCitysZone() {
		assertThat(parse("2026-11-01T10:00:00")).isEqualTo(Instant.parse("2026-11-01T03:00:00Z"));
		assertThat(parse("2026-11-01")).isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
		assertThat(DateRules.parse(params("d", "2026-11-01"), "d", WIB, true))
			.isEqualTo(Instant.parse("2026-11-01T17:00:00Z").minusNanos(1000));
	}

	@Test
	void anythingElseIsABadRequestNamingTheParameter() {
		assertThatThrownBy(() -> parse("01/11/2026")).isInstanceOfSatisfying(Open311Failure.class, failure -> {
			assertThat(failure.status()).isEqualTo(400);
			assertThat(failure.problems().get(0).key()).isEqualTo("open311.error.bad-date");
			assertThat(failure.problems().get(0).args()).containsExactly("d", "01/11/2026");
		});
		assertThatThrownBy(() -> parse("2026-02-30T00:00:00Z")).isInstanceOf(Open311Failure.class);
	}

	@Test
	void anEmptyDateCountsAsMissing() {
		assertThat(parse("")).isNull();
		assertThat(parse("  ")).isNull();
	}

	@Test
	void datetimesGoOutInIso8601WithTheCitysOffset() {
		assertThat(DateRules.format(Instant.parse("2026-11-01T03:00:00.123456Z"), WIB))
			.isEqualTo("2026-11-01T10:00:00+07:00");
		assertThat(DateRules.format(null, WIB)).isNull();
	}

	@Test
	void theWindowDefaultsToTheLastNinetyDays() {
		DateRules.Window window = DateRules.window(params(), "start_date", "end_date", NOW, WIB);

		assertThat(window.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
		assertThat(window.until()).isNull();
	}

	@Test
	void oneBoundExtendsNinetyDaysFromIt() {
		DateRules.Window fromStart = DateRules.window(params("start_date", "2026-01-01T00:00:00Z"), "start_date",
				"end_date", NOW, WIB);
		DateRules.Window toEnd = DateRules.window(params("end_date", "2026-06-01T00:00:00Z"), "start_date",
				"end_date", NOW, WIB);

		assertThat(fromStart.until()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(toEnd.from()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
	}

	@Test
	void exactlyNinetyDaysIsAllowedAndOneSecondMoreIsNot() {
		assertThat(DateRules.window(params("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-01T00:00:00Z"),
				"start_date", "end_date", NOW, WIB).until()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThatThrownBy(() -> DateRules.window(
				params("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-01T00:00:01Z"), "start_date",
				"end_date", NOW, WIB))
			.isInstanceOfSatisfying(Open311Failure.class,
					failure -> assertThat(failure.problems().get(0).key()).isEqualTo("open311.error.range-too-long"));
	}

	@Test
	void anEndBeforeTheStartIsABadRequest() {
		assertThatThrownBy(() -> DateRules.window(
				params("start_date", "2026-02-01T00:00:00Z", "end_date", "2026-01-01T00:00:00Z"), "start_date",
				"end_date", NOW, WIB))
			.isInstanceOfSatisfying(Open311Failure.class,
					failure -> assertThat(failure.problems().get(0).key()).isEqualTo("open311.error.end-before-start"));
		assertThatThrownBy(() -> DateRules.updated(
				params("updated_after", "2026-02-01T00:00:00Z", "updated_before", "2026-01-01T00:00:00Z"),
				"updated_after", "updated_before", WIB))
			.isInstanceOf(Open311Failure.class);
	}
}
