package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodesTest {

	@Test
	void codesAreTenCharactersWithoutLookAlikes() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = VerificationCodes.random();
			assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I");
			codes.add(code);
		}
		assertThat(codes).hasSize(2000);
	}

	@Test
	void typedCodesAreNormalised() {
		assertThat(VerificationCodes.normalize(" abcde-fghjk ")).isEqualTo("ABCDEFGHJK");
		assertThat(VerificationCodes.normalize("ABCDE FGHJ")).isNull();
		assertThat(VerificationCodes.normalize("ABCDEFGHJ0")).isNull();
		assertThat(VerificationCodes.normalize(null)).isNull();
	}

	@Test
	void datesAreWrittenWithIndonesianMonthNames() {
		assertThat(IndonesianDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("22 November 2026");
		assertThat(IndonesianDates.format(LocalDate.of(2026, 8, 1))).isEqualTo("1 Agustus 2026");
		assertThat(IndonesianDates.format(LocalDate.of(2027, 2, 3))).isEqualTo("3 Februari 2027");
	}
}
