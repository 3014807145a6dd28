package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixMyStreetStatusTest {

	@Test
	void theStagesOfTheFlowMapToFixMyStreetsExtendedStatuses() {
		assertThat(FixMyStreetStatus.of("DITERIMA", true, null)).isEqualTo("FOR_TRIAGE");
		assertThat(FixMyStreetStatus.of("DITUNDA", true, null)).isEqualTo("FOR_TRIAGE");
		assertThat(FixMyStreetStatus.of("DIDISPOSISI", true, null)).isEqualTo("IN_PROGRESS");
		assertThat(FixMyStreetStatus.of("DITINDAKLANJUTI", true, null)).isEqualTo("IN_PROGRESS");
		assertThat(FixMyStreetStatus.of("DIBUKA_KEMBALI", true, null)).isEqualTo("REOPEN");
		assertThat(FixMyStreetStatus.of("MENUNGGU_TANGGAPAN", true, null)).isEqualTo("FIXED");
		assertThat(FixMyStreetStatus.of("SELESAI", false, null)).isEqualTo("FIXED");
		assertThat(FixMyStreetStatus.of("BUKAN_WEWENANG", false, null)).isEqualTo("NOT_COUNCILS_RESPONSIBILITY");
		assertThat(FixMyStreetStatus.of("DUPLIKAT", false, null)).isEqualTo("DUPLICATE");
		assertThat(FixMyStreetStatus.of("ARSIP", false, null)).isEqualTo("CLOSED");
	}

	@Test
	void aMergedReportIsADuplicateWhateverItsStageAndUnknownStagesFollowOpenOrClosed() {
		assertThat(FixMyStreetStatus.of("SELESAI", false, "ADU-1")).isEqualTo("DUPLICATE");
		assertThat(FixMyStreetStatus.of("LAINNYA", true, null)).isEqualTo("OPEN");
		assertThat(FixMyStreetStatus.of(null, false, null)).isEqualTo("CLOSED");
	}
}
