package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.satukota.shared.CacheRevisions;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CacheRevisionsIntegrationTest {

	@Autowired
	CacheRevisions revisions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCacheStartsAtZeroAndEveryBumpMovesItToAValueNeverSeenBefore() {
		String name = "uji-" + UUID.randomUUID();
		assertThat(revisions.current(name)).isZero();

		revisions.bump(name);
		long first = revisions.current(name);
		transactions.executeWithoutResult(status -> {
			revisions.bump(name);
			status.setRollbackOnly();
		});
		assertThat(revisions.current(name)).as("a rolled-back bump leaves it").isEqualTo(first);
		revisions.bump(name);

		assertThat(first).isPositive();
		assertThat(revisions.current(name)).isGreaterThan(first + 1);
	}

	@Test
	void anotherNodesChangeIsSeenOnceThisNodesLastReadIsOlderThanTheMaxAge() {
		AtomicLong nanos = new AtomicLong();
		JdbcCacheRevisions node = new JdbcCacheRevisions(jdbc, Duration.ofSeconds(1), nanos::get);
		String name = "uji-" + UUID.randomUUID();
		assertThat(node.current(name)).isZero();

		revisions.bump(name);
		nanos.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(node.current(name)).as("read 999 ms ago").isZero();

		nanos.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(node.current(name)).isEqualTo(revisions.current(name)).isPositive();
	}

	@Test
	void aChangeOnThisNodeIsSeenAtOnceInsideItsTransactionAndAfter() throws Exception {
		JdbcCacheRevisions node = new JdbcCacheRevisions(jdbc, Duration.ofHours(1), System::nanoTime);
		String name = "uji-" + UUID.randomUUID();
		assertThat(node.current(name)).isZero();
		ExecutorService otherRequest = Executors.newSingleThreadExecutor();
		try {
			transactions.executeWithoutResult(status -> {
				node.bump(name);
				// Meanwhile another request on this node reads, without the uncommitted bump.
				assertThat(read(otherRequest, node, name)).isZero();
				assertThat(node.current(name)).as("inside the bumping transaction").isPositive();
			});
			long committed = node.current(name);
			assertThat(committed).isPositive();
			assertThat(read(otherRequest, node, name)).as("after the commit").isEqualTo(committed);
		}
		finally {
			otherRequest.shutdownNow();
		}
	}

	private static long read(ExecutorService thread, JdbcCacheRevisions node, String name) {
		try {
			return thread.submit(() -> node.current(name)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theSeededCachesHaveTheirRows() {
		assertThat(revisions.current("directory")).isPositive();
		assertThat(revisions.current("calendar")).isPositive();
		assertThat(revisions.current("pengaduan-kategori")).isPositive();
	}
}
