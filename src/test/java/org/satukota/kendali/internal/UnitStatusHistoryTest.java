package org.satukota.kendali.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitStatusHistoryTest {

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void aUnitWithoutEventsIsAvailableAndNeverStale() {
		UnitStatusHistory history = UnitStatusHistory.of(List.of());
		assertThat(history.status()).isEqualTo(UnitStatus.AVAILABLE);
		assertThat(history.incidentId()).isNull();
		assertThat(history.stale(T0.plus(Duration.ofDays(30)), StaleThresholds.defaults())).isFalse();
	}

	@Test
	void theCurrentStatusIsTheLatestEventByTimeOfOccurrenceNotByEntry() {
		// The on-scene report was entered late (id 3) but happened before the returning report (id 2).
		UnitStatusHistory history = UnitStatusHistory.of(List.of(event(1, UnitStatus.EN_ROUTE, 0, 7L, null),
				event(2, UnitStatus.RETURNING, 20, 7L, null), event(3, UnitStatus.ON_SCENE, 10, 7L, null)));
		assertThat(history.status()).isEqualTo(UnitStatus.RETURNING);
		assertThat(history.incidentId()).isEqualTo(7L);
		assertThat(history.first(UnitStatus.ON_SCENE, 7)).contains(T0.plus(Duration.ofMinutes(10)));
	}

	@Test
	void aCorrectionReplacesTheEventItNamesAndChainsOfCorrectionsKeepOnlyTheLast() {
		UnitEvent enRoute = event(1, UnitStatus.EN_ROUTE, 0, 7L, null);
		UnitEvent wrongOnScene = event(2, UnitStatus.ON_SCENE, 5, 7L, null);
		UnitEvent firstFix = event(3, UnitStatus.EN_ROUTE, 5, 7L, 2L);
		UnitEvent secondFix = event(4, UnitStatus.ON_SCENE, 9, 7L, 3L);
		UnitStatusHistory history = UnitStatusHistory.of(List.of(enRoute, wrongOnScene, firstFix, secondFix));
		assertThat(history.effective()).extracting(UnitEvent::id).containsExactly(1L, 4L);
		assertThat(history.status()).isEqualTo(UnitStatus.ON_SCENE);
		assertThat(history.first(UnitStatus.ON_SCENE, 7)).contains(T0.plus(Duration.ofMinutes(9)));
	}

	@Test
	void aUnitIsStaleOnlyAfterTheThresholdOfItsCurrentStatus() {
		StaleThresholds thresholds = new StaleThresholds(Map.of(UnitStatus.EN_ROUTE, Duration.ofMinutes(30)));
		UnitStatusHistory enRoute = UnitStatusHistory.of(List.of(event(1, UnitStatus.EN_ROUTE, 0, 7L, null)));
		assertThat(enRoute.stale(T0.plus(Duration.ofMinutes(30)), thresholds)).isFalse();
		assertThat(enRoute.stale(T0.plus(Duration.ofMinutes(31)), thresholds)).isTrue();
		assertThat(enRoute.inStatusFor(T0.plus(Duration.ofMinutes(31)))).isEqualTo(Duration.ofMinutes(31));

		UnitStatusHistory available = UnitStatusHistory.of(List.of(event(1, UnitStatus.AVAILABLE, 0, null, null)));
		assertThat(available.stale(T0.plus(Duration.ofDays(3)), thresholds)).isFalse();
	}

	@Test
	void availableAndOutOfServiceUnitsWorkOnNoIncident() {
		UnitStatusHistory history = UnitStatusHistory.of(List.of(event(1, UnitStatus.ON_SCENE, 0, 7L, null),
				event(2, UnitStatus.AVAILABLE, 30, null, null)));
		assertThat(history.incidentId()).isNull();
		assertThat(history.status().dispatchable()).isTrue();
	}

	private static UnitEvent event(long id, UnitStatus status, int minute, Long incidentId, Long corrects) {
		Instant at = T0.plus(Duration.ofMinutes(minute));
		return new UnitEvent(id, 1, status, incidentId, at, at, "petugas", null, null, corrects,
				corrects == null ? null : "salah tekan tombol");
	}
}
