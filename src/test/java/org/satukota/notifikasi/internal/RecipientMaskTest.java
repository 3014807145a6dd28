package org.satukota.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientMaskTest {

	@Test
	void anEmailAddressKeepsTheFirstTwoLettersAndTheDomain() {
		assertThat(RecipientMask.mask("siti.aminah@warga.test")).isEqualTo("si***@warga.test");
	}

	@Test
	void aVeryShortLocalPartKeepsOnlyItsFirstLetter() {
		assertThat(RecipientMask.mask("ab@warga.test")).isEqualTo("a***@warga.test");
	}

	@Test
	void aPhoneNumberKeepsItsPrefixAndLastTwoDigits() {
		assertThat(RecipientMask.mask("+6281234567890")).isEqualTo("+628********90");
	}

	@Test
	void somethingTooShortToMaskPartlyIsHiddenCompletely() {
		assertThat(RecipientMask.mask("12345")).isEqualTo("***");
		assertThat(RecipientMask.mask(null)).isEqualTo("***");
	}
}
