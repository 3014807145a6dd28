package org.satukota.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NikTest {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-05-04T03:00:00Z"), ZoneOffset.UTC);

	/** DKI Jakarta and Sumatera Selatan with a few of their regencies and kecamatan. */
	private static final NikRegions REGIONS = new NikRegions() {
		@Override
		public boolean isProvince(String code) {
			return Set.of("31", "16", "11").contains(code);
		}

		@Override
		public boolean isRegency(String code) {
			return Set.of("3171", "1671").contains(code);
		}

		@Override
		public boolean isKecamatan(String code) {
			return Set.of("317101", "167105").contains(code);
		}
	};

	private static NikCheck check(String raw) {
		return Nik.check(raw, REGIONS, TODAY);
	}

	@Test
	void theSpecsMaleExampleIsWellFormedAndBornOnIndependenceDay() {
		NikCheck result = check("3171011708450001");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.nik().gender()).isEqualTo(Nik.Gender.MALE);
		assertThat(result.nik().birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
	}

	@Test
	void theSpecsFemaleExampleHasFortyAddedToTheDay() {
		NikCheck result = check("3171015708450001");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.nik().gender()).isEqualTo(Nik.Gender.FEMALE);
		assertThat(result.nik().birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
	}

	@Test
	void anUnknownProvinceCodeIsAnError() {
		NikCheck result = check("9971011708450001");
		assertThat(result.wellFormed()).isFalse();
		assertThat(result.errors()).containsExactly("account.nik-invalid-province");
		assertThat(result.nik()).isNull();
	}

	@Test
	void spacesDotsAndDashesAreIgnored() {
		NikCheck result = check(" 31.71.01-170845 0001 ");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.nik().value()).isEqualTo("3171011708450001");
	}

	@Test
	void lettersAreRefused() {
		assertThat(check("31710117084500A1").errors()).containsExactly("account.nik-not-digits");
	}

	@Test
	void fifteenOrSeventeenDigitsAreRefused() {
		assertThat(check("317101170845000").errors()).containsExactly("account.nik-invalid-length");
		assertThat(check("31710117084500011").errors()).containsExactly("account.nik-invalid-length");
	}

	@Test
	void anEmptyNikIsRequired() {
		assertThat(check("  ").errors()).containsExactly("account.nik-required");
		assertThat(check(null).errors()).containsExactly("account.nik-required");
	}

	@Test
	void dayThirtyTwoIsNeitherAMaleNorAFemaleDay() {
		assertThat(check("3171013208450001").errors()).containsExactly("account.nik-invalid-day");
		assertThat(check("3171010008450001").errors()).containsExactly("account.nik-invalid-day");
		assertThat(check("3171014008450001").errors()).containsExactly("account.nik-invalid-day");
		assertThat(check("3171017208450001").errors()).containsExactly("account.nik-invalid-day");
	}

	@Test
	void daySeventyOneIsAWomanBornOnTheThirtyFirst() {
		NikCheck result = check("3171017101900001");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.nik().gender()).isEqualTo(Nik.Gender.FEMALE);
		assertThat(result.nik().birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
	}

	@Test
	void theThirtyFirstOfAShortMonthIsNotARealDate() {
		assertThat(check("3171013104900001").errors()).containsExactly("account.nik-invalid-date");
		assertThat(check("3171011513900001").errors()).containsExactly("account.nik-invalid-date");
	}

	@Test
	void twentyNinthFebruaryIsValidOnlyInLeapYears() {
		NikCheck leap = check("3171012902000001");
		assertThat(leap.wellFormed()).isTrue();
		assertThat(leap.nik().birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
		NikCheck leapWoman = check("3171016902960001");
		assertThat(leapWoman.nik().birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
		assertThat(check("3171012902010001").errors()).containsExactly("account.nik-invalid-date");
	}

	@Test
	void theCenturyIsChosenSoThatNobodyIsBornInTheFuture() {
		// Year 26 before today's date (4 May 2026) is 2026; after it, 1926.
		assertThat(check("3171010105260001").nik().birthDate()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(check("3171010106260001").nik().birthDate()).isEqualTo(LocalDate.of(1926, 6, 1));
		assertThat(check("3171011708990001").nik().birthDate()).isEqualTo(LocalDate.of(1999, 8, 17));
		assertThat(check("3171011708050001").nik().birthDate()).isEqualTo(LocalDate.of(2005, 8, 17));
	}

	@Test
	void serialZeroZeroZeroZeroIsRefused() {
		assertThat(check("3171011708450000").errors()).containsExactly("account.nik-invalid-serial");
	}

	@Test
	void allRuleViolationsAreReportedTogether() {
		assertThat(check("9971013208450000").errors()).containsExactly("account.nik-invalid-province",
				"account.nik-invalid-day", "account.nik-invalid-serial");
	}

	@Test
	void anUnknownKecamatanIsOnlyAWarning() {
		NikCheck result = check("3171991708450001");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.warnings()).containsExactly("account.nik-unknown-kecamatan");
	}

	@Test
	void anUnknownRegencyIsOnlyAWarning() {
		NikCheck result = check("1101011708450001");
		assertThat(result.wellFormed()).isTrue();
		assertThat(result.warnings()).containsExactly("account.nik-unknown-regency");
	}

	@Test
	void theMaskKeepsOnlyTheFirstAndLastFourDigits() {
		Nik nik = check("3171011708450001").nik();
		assertThat(nik.masked()).isEqualTo("3171********0001");
		assertThat(nik.toString()).isEqualTo("3171********0001").doesNotContain("170845");
		assertThat(Nik.mask("3171015708450001")).isEqualTo("3171********0001");
	}

	@Test
	void regionPartsAreExposed() {
		Nik nik = check("3171011708450001").nik();
		assertThat(nik.provinceCode()).isEqualTo("31");
		assertThat(nik.regencyCode()).isEqualTo("3171");
		assertThat(nik.kecamatanCode()).isEqualTo("317101");
	}
}
