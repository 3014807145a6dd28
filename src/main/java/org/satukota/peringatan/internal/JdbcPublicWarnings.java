package org.satukota.peringatan.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.satukota.peringatan.PublicWarning;
import org.satukota.peringatan.PublicWarnings;
import org.springframework.stereotype.Component;

/** The city's own warnings in force, for the portal. */
@Component
class JdbcPublicWarnings implements PublicWarnings {

	static final Comparator<PublicWarning> MOST_SEVERE_NEWEST_FIRST = Comparator
		.comparingInt((PublicWarning w) -> Cap.severityRank(w.severity()))
		.thenComparing(PublicWarning::sent, Comparator.reverseOrder());

	private final AlertRepository alerts;

	private final Clock clock;

	JdbcPublicWarnings(AlertRepository alerts, Clock clock) {
		this.alerts = alerts;
		this.clock = clock;
	}

	@Override
	public List<PublicWarning> inForce() {
		return alerts.inForce(clock.instant())
			.stream()
			.map(a -> new PublicWarning(a.identifier(), a.event(), a.headline(), a.severity(), a.urgency(),
					a.areaDescription(), a.instruction(), a.sent(), a.expires(), "/peringatan/" + a.identifier()))
			.sorted(MOST_SEVERE_NEWEST_FIRST)
			.toList();
	}
}
