package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class SessionTransactionsTest {

	private final List<TransactionStatus> seen = new ArrayList<>();

	private int writeTransactions;

	private final SessionTransactions transactions = new SessionTransactions(new TransactionOperations() {
		@Override
		public <T> T execute(TransactionCallback<T> action) {
			writeTransactions++;
			return action.doInTransaction(new SimpleTransactionStatus(true));
		}
	});

	@Test
	void theStoresReadOfASessionRunsWithoutATransaction() {
		var sessions = new ThriftySessionRepository(new StoreUsingTransactions());

		sessions.findById("a1b2");

		assertThat(writeTransactions).isZero();
		assertThat(seen).singleElement().satisfies(status -> assertThat(status.isNewTransaction()).isFalse());
	}

	@Test
	void everythingElseTheStoreDoesRunsInANewTransaction() {
		var sessions = new ThriftySessionRepository(new StoreUsingTransactions());

		sessions.save(sessions.createSession());
		sessions.deleteById("a1b2");

		assertThat(writeTransactions).isEqualTo(2);
		assertThat(seen).hasSize(2).allSatisfy(status -> assertThat(status.isNewTransaction()).isTrue());
	}

	/** A store that, like the JDBC one, runs each of its operations through the transactions it was given. */
	private final class StoreUsingTransactions implements FindByIndexNameSessionRepository<MapSession> {

		private <T> T inTransaction(T result) {
			return transactions.execute(status -> {
				seen.add(status);
				return result;
			});
		}

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			inTransaction(session);
		}

		@Override
		public MapSession findById(String id) {
			return inTransaction(null);
		}

		@Override
		public void deleteById(String id) {
			inTransaction(id);
		}

		@Override
		public java.util.Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return java.util.Map.of();
		}
	}
}
