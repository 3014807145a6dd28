package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Instant;

import org.satukota.kendali.UnitStuck;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces units stuck too long in one status (the board flags them on every view anyway). Safe on several nodes:
 * each status event is flagged by inserting a unique row, so each {@link UnitStuck} is published once.
 */
@Component
class StaleUnitScan {

	private final KendaliRepository repository;

	private final KendaliProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StaleUnitScan(KendaliRepository repository, KendaliProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${satukota.kendali.stale-scan-initial-delay-ms:30000}",
			fixedDelayString = "${satukota.kendali.stale-scan-interval-ms:60000}")
	void scheduled() {
		flagStuckUnits();
	}

	int flagStuckUnits() {
		Integer flagged = transactions.execute(tx -> {
			Instant now = clock.instant();
			int count = 0;
			for (var entry : properties.stale().entrySet()) {
				for (UnitEvent event : repository.staleCandidates(entry.getKey(), now.minus(entry.getValue()))) {
					if (repository.flagStale(event.id(), now)) {
						events.publishEvent(new UnitStuck(event.fieldUnitId(), event.status().name(), event.id(),
								Actor.SYSTEM, now));
						count++;
					}
				}
			}
			return count;
		});
		return flagged == null ? 0 : flagged;
	}
}
