package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private static final String NIK = "3171011708450001";

	@Test
	void aLongPasswordWithLettersAndDigitsIsAccepted() {
		assertThat(PasswordPolicy.check("kopi susu 2026", "kopi susu 2026", NIK, "Siti Aminah", null)).isEmpty();
	}

	@Test
	void nineCharactersAreTooShort() {
		assertThat(PasswordPolicy.check("abcd12345", "abcd12345", NIK, "Siti", null))
			.containsExactly("account.password-too-short");
	}

	@Test
	void lettersOnlyOrDigitsOnlyAreRefused() {
		assertThat(PasswordPolicy.check("kopisusugula", "kopisusugula", NIK, "Siti", null))
			.containsExactly("account.password-needs-letters-and-digits");
		assertThat(PasswordPolicy.check("1234567890", "1234567890", NIK, "Siti", null))
			.containsExactly("account.password-needs-letters-and-digits");
	}

	@Test
	void thePasswordMustNotContainTheNik() {
		assertThat(PasswordPolicy.check("x3171011708450001", "x3171011708450001", NIK, "Siti", null))
			.containsExactly("account.password-contains-nik");
		assertThat(PasswordPolicy.check("rumah1708450001", "rumah1708450001", NIK, "Siti", null))
			.containsExactly("account.password-contains-nik");
	}

	@Test
	void thePasswordMustNotContainTheNameOrUsername() {
		assertThat(PasswordPolicy.check("Aminah2026!!", "Aminah2026!!", NIK, "Siti Aminah", null))
			.containsExactly("account.password-contains-name");
		assertThat(PasswordPolicy.check("petugas.ilir99", "petugas.ilir99", null, "Rahmat", "petugas.ilir"))
			.containsExactly("account.password-contains-name");
	}

	@Test
	void theConfirmationMustMatch() {
		assertThat(PasswordPolicy.check("kopi susu 2026", "kopi susu 2027", NIK, "Siti", null))
			.containsExactly("account.password-mismatch");
	}

	@Test
	void anEmptyPasswordIsRequired() {
		assertThat(PasswordPolicy.check("", "", NIK, "Siti", null)).containsExactly("account.password-required");
	}

	@Test
	void moreThanSeventyTwoBytesIsRefusedBecauseBcryptWouldCutIt() {
		String longPassword = "a1".repeat(37);
		assertThat(PasswordPolicy.check(longPassword, longPassword, NIK, "Siti", null))
			.containsExactly("account.password-too-long");
	}
}
