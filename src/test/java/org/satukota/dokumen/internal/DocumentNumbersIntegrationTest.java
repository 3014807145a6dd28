package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.satukota.dokumen.DocumentNumbers;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DocumentNumbersIntegrationTest {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	final long unitId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);

	final String format = "474/{nomor}/UJI-" + UUID.randomUUID().toString().substring(0, 8) + "/{tahun}";

	@Test
	void concurrentCallersNeverGetTheSameNumber() throws Exception {
		LocalDate day = LocalDate.of(2026, 11, 22);
		Set<String> taken = ConcurrentHashMap.newKeySet();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				workers.add(pool.submit(() -> {
					start.await();
					for (int call = 0; call < 25; call++) {
						taken.add(numbers.next(unitId, format, day));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> worker : workers) {
				worker.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}

		String prefix = format.substring(0, format.indexOf("{nomor}"));
		String suffix = format.substring(format.indexOf("{nomor}") + 7).replace("{tahun}", "2026");
		assertThat(taken).hasSize(200)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, 200).mapToObj(n -> prefix + String.format("%03d", n) + suffix).toList());
	}

	@Test
	void eachYearAndUnitHasItsOwnSequence() {
		assertThat(numbers.next(unitId, format, LocalDate.of(2026, 12, 31))).contains("/001/").endsWith("/2026");
		assertThat(numbers.next(unitId, format, LocalDate.of(2026, 12, 31))).contains("/002/");
		assertThat(numbers.next(unitId, format, LocalDate.of(2027, 1, 2))).contains("/001/").endsWith("/2027");
		assertThat(numbers.next(unitId + 1, format, LocalDate.of(2026, 12, 31))).contains("/001/");
	}

	@Test
	void aRolledBackNumberIsTakenAgain() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(numbers.next(unitId, format, day)).contains("/001/");
		try {
			transactions.executeWithoutResult(status -> {
				numbers.next(unitId, format, day);
				status.setRollbackOnly();
			});
		}
		catch (RuntimeException ignored) {
			// rolled back on purpose
		}
		assertThat(numbers.next(unitId, format, day)).contains("/002/");
	}
}
