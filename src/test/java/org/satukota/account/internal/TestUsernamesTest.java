package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.satukota.support.TestStaff;

/**
 * The usernames tests give new staff must always be accepted: a random number suffix once produced
 * "petugas.ikm.2026", which the password policy rightly refused next to the password "Pelayanan#Uji2026".
 */
class TestUsernamesTest {

	private static final List<String> TEST_PASSWORDS = List.of("Pelayanan#Uji2026", "Pengaduan#Uji2026",
			"Peringatan#Uji2026", "Kendali#Uji2026", "Pengelola#Uji2026", "Warga#Uji2026x", "Admin#Uji2026");

	@Test
	void generatedUsernamesAreValidDistinctAndNeverPartOfATestPassword() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String username = TestStaff.uniqueUsername("petugas.ikm");
			assertThat(NameRules.validStaffUsername(username)).as(username).isTrue();
			assertThat(seen.add(username)).as(username).isTrue();
			for (String password : TEST_PASSWORDS) {
				assertThat(PasswordPolicy.check(password, password, null, "Rahmat Hidayat", username)).as(username)
					.isEmpty();
			}
		}
	}

	@Test
	void aNumberedUsernameNextToAPasswordWithTheSameNumberIsRefused() {
		assertThat(PasswordPolicy.check("Pelayanan#Uji2026", "Pelayanan#Uji2026", null, "Rahmat Hidayat",
				"petugas.ikm.2026")).containsExactly("account.password-contains-name");
	}
}
