package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.shared.CacheRevisions;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CacheRevisionsIntegrationTest {

	@Autowired
	CacheRevisions revisions;

	@Autowired
	TransactionTemplate transactions;

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
	void theSeededCachesHaveTheirRows() {
		assertThat(revisions.current("directory")).isPositive();
		assertThat(revisions.current("calendar")).isPositive();
		assertThat(revisions.current("pengaduan-kategori")).isPositive();
	}
}
