package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NumberFormatRuleTest {

	@Test
	void fillsSequenceZeroPaddedAndYear() {
		assertThat(NumberFormatRule.render("474/{nomor}/KEL-20ILIR/{tahun}", 1, LocalDate.of(2026, 11, 22)))
			.isEqualTo("474/001/KEL-20ILIR/2026");
		assertThat(NumberFormatRule.render("474/{nomor}/KEL-20ILIR/{tahun}", 1234, LocalDate.of(2026, 1, 2)))
			.isEqualTo("474/1234/KEL-20ILIR/2026");
	}

	@Test
	void writesTheMonthAsDigitsOrRomanNumerals() {
		assertThat(NumberFormatRule.render("{nomor}/{bulan}/{bulan-romawi}/{tahun}", 42, LocalDate.of(2026, 9, 30)))
			.isEqualTo("042/09/IX/2026");
		assertThat(NumberFormatRule.render("470/{nomor}/{bulan-romawi}", 7, LocalDate.of(2026, 12, 1)))
			.isEqualTo("470/007/XII");
		assertThat(NumberFormatRule.render("{nomor}-{bulan-romawi}", 7, LocalDate.of(2026, 4, 1))).isEqualTo("007-IV");
	}

	@Test
	void aFormatWithoutTheSequenceIsRefused() {
		assertThatThrownBy(() -> NumberFormatRule.render("474/KEL/{tahun}", 1, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
