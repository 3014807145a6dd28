package org.satukota.kendali.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the command center ({@code satukota.kendali.*}): KPI targets, stuck-unit thresholds per status
 * (e.g. {@code satukota.kendali.stale.EN_ROUTE=PT20M}), and where the maps open.
 */
@ConfigurationProperties("satukota.kendali")
record KendaliProperties(Duration answerTarget, Duration processingTarget, Map<UnitStatus, Duration> stale,
		Double mapLatitude, Double mapLongitude, Integer mapZoom) {

	KendaliProperties {
		answerTarget = answerTarget == null ? Duration.ofSeconds(15) : answerTarget;
		processingTarget = processingTarget == null ? Duration.ofSeconds(60) : processingTarget;
		Map<UnitStatus, Duration> merged = new EnumMap<>(UnitStatus.class);
		merged.putAll(StaleThresholds.defaults().limits());
		if (stale != null) {
			merged.putAll(stale);
		}
		stale = Map.copyOf(merged);
		// Palembang's centre; set these for another city.
		mapLatitude = mapLatitude == null ? -2.9761 : mapLatitude;
		mapLongitude = mapLongitude == null ? 104.7754 : mapLongitude;
		mapZoom = mapZoom == null ? 12 : mapZoom;
	}

	StaleThresholds thresholds() {
		return new StaleThresholds(stale);
	}

	ResponseKpis.Targets targets() {
		return new ResponseKpis.Targets(answerTarget, processingTarget);
	}
}
