package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactRulesTest {

	@Test
	void mobileNumbersAreNormalisedToTheInternationalForm() {
		assertThat(ContactRules.normalizePhone("0812-3456-7890")).contains("6281234567890");
		assertThat(ContactRules.normalizePhone("+62 812 3456 7890")).contains("6281234567890");
		assertThat(ContactRules.normalizePhone("6281234567890")).contains("6281234567890");
		assertThat(ContactRules.normalizePhone("(0812) 345.678")).contains("62812345678");
	}

	@Test
	void landlinesForeignAndMalformedNumbersAreRefused() {
		assertThat(ContactRules.normalizePhone("0711-123456")).isEmpty();
		assertThat(ContactRules.normalizePhone("+44 7700 900123")).isEmpty();
		assertThat(ContactRules.normalizePhone("0812")).isEmpty();
		assertThat(ContactRules.normalizePhone("08123456789012345")).isEmpty();
		assertThat(ContactRules.normalizePhone("08abc")).isEmpty();
	}

	@Test
	void emailsAreLowerCasedAndChecked() {
		assertThat(ContactRules.normalizeEmail(" Siti@Warga.Test ")).contains("siti@warga.test");
		assertThat(ContactRules.normalizeEmail("siti@")).isEmpty();
		assertThat(ContactRules.normalizeEmail("siti warga@test.id")).isEmpty();
		assertThat(ContactRules.normalizeEmail("siti@localhost")).isEmpty();
	}

	@Test
	void staffUsernamesCannotLookLikeCitizenLoginNames() {
		assertThat(NameRules.validStaffUsername("petugas.kelurahan")).isTrue();
		assertThat(NameRules.validStaffUsername("operator112")).isTrue();
		assertThat(NameRules.validStaffUsername("3171011708450001")).isFalse();
		assertThat(NameRules.validStaffUsername("siti@warga.test")).isFalse();
		assertThat(NameRules.validStaffUsername("warga-12")).isFalse();
		assertThat(NameRules.validStaffUsername("Admin")).isFalse();
	}
}
