package org.satukota.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.satukota.calendar.Holiday;
import org.satukota.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the national holidays and cuti bersama at start-up, before runners and the web server, so every
 * deadline computed from then on sees them. Idempotent and safe with two nodes starting together (an advisory
 * lock plus {@code on conflict do nothing}); rows that exist in any state, including deactivated ones, are left
 * as the admin left them.
 */
@Component
class HolidaySeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(HolidaySeeder.class);

	private final HolidayRepository repository;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HolidaySeeder(HolidayRepository repository, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seed();
	}

	/** Inserts the shipped rows that are not there yet; returns how many. */
	int seed() {
		List<Holiday> rows = shippedRows();
		Integer inserted = transactions.execute(status -> {
			int count = repository.insertMissingSeedRows(rows, clock.instant(), Actor.SYSTEM.username());
			if (count > 0) {
				repository.bumpRevision();
			}
			return count;
		});
		if (inserted != null && inserted > 0) {
			log.info("Seeded {} holidays from {}", inserted, HolidayCsv.RESOURCE);
		}
		return inserted == null ? 0 : inserted;
	}

	static List<Holiday> shippedRows() {
		try (InputStream in = new ClassPathResource(HolidayCsv.RESOURCE).getInputStream()) {
			return HolidayCsv.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + HolidayCsv.RESOURCE, ex);
		}
	}
}
