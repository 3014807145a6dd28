package org.satukota.kendali.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How long a unit may stay in a status before it is flagged as stuck; statuses without a threshold never are. */
record StaleThresholds(Map<UnitStatus, Duration> limits) {

	StaleThresholds {
		limits = Map.copyOf(limits);
	}

	static StaleThresholds defaults() {
		Map<UnitStatus, Duration> limits = new EnumMap<>(UnitStatus.class);
		limits.put(UnitStatus.DISPATCHED, Duration.ofMinutes(5));
		limits.put(UnitStatus.EN_ROUTE, Duration.ofMinutes(30));
		limits.put(UnitStatus.ON_SCENE, Duration.ofHours(4));
		limits.put(UnitStatus.TRANSPORTING, Duration.ofHours(1));
		limits.put(UnitStatus.RETURNING, Duration.ofHours(1));
		limits.put(UnitStatus.OUT_OF_SERVICE, Duration.ofDays(7));
		return new StaleThresholds(limits);
	}

	Optional<Duration> of(UnitStatus status) {
		return Optional.ofNullable(limits.get(status));
	}
}
