package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {

	@Test
	void keepsOnlyEachWordsFirstLetter() {
		assertThat(NameMask.mask("Siti Wahyu")).isEqualTo("S*** W****");
		assertThat(NameMask.mask("  muhammad   rizki  ")).isEqualTo("M******* R****");
		assertThat(NameMask.mask("Ani")).isEqualTo("A**");
	}

	@Test
	void blankNamesMaskToNothing() {
		assertThat(NameMask.mask(" ")).isEmpty();
		assertThat(NameMask.mask(null)).isEmpty();
	}
}
