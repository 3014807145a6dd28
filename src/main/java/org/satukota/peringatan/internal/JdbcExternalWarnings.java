package org.satukota.peringatan.internal;

import java.time.Clock;
import java.util.List;

import org.satukota.peringatan.ExternalWarnings;
import org.satukota.peringatan.PublicWarning;
import org.springframework.stereotype.Component;

/** Warnings received from external CAP feeds that are in force. */
@Component
class JdbcExternalWarnings implements ExternalWarnings {

	private final ExternalRepository external;

	private final Clock clock;

	JdbcExternalWarnings(ExternalRepository external, Clock clock) {
		this.external = external;
		this.clock = clock;
	}

	@Override
	public List<PublicWarning> inForce() {
		return external.inForce(clock.instant())
			.stream()
			.map(e -> new PublicWarning(e.identifier(), e.event(), e.headline() == null ? e.event() : e.headline(),
					e.severity(), e.urgency(), e.areaDesc(), e.instruction(), e.sent(), e.expires(),
					"/peringatan/luar-" + e.id()))
			.sorted(JdbcPublicWarnings.MOST_SEVERE_NEWEST_FIRST)
			.toList();
	}
}
