package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodesTest {

	@Test
	void codesAreTenCharactersWithoutLookAlikesAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = TrackingCodes.generate();
			assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}");
			seen.add(code);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void typedCodesAreAcceptedInAnyCaseWithSpacesAndDashes() {
		assertThat(TrackingCodes.normalise(" abcde-fghjk ")).isEqualTo("ABCDEFGHJK");
		assertThat(TrackingCodes.normalise("ABCDE-FGHJ")).isEmpty();
		assertThat(TrackingCodes.normalise("' OR 1=1 --")).isEmpty();
		assertThat(TrackingCodes.display("ABCDEFGHJK")).isEqualTo("ABCDE-FGHJK");
	}

	@Test
	void registrationNumbersCarryTheYearAndASixDigitSequence() {
		assertThat(RegistrationNumbers.format(2026, 123)).isEqualTo("PMH-2026-000123");
	}
}
