package org.satukota.platform.internal;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of the JDBC session store: a session is read without one, everything else runs in a
 * transaction of its own as before (a new session's row and its attributes are written together).
 *
 * <p>Why: every request reads its session, and the store wraps that single SELECT in BEGIN and COMMIT. A single
 * statement sees one consistent snapshot anyway, so the transaction only added a round trip to the database per
 * request. The store's reads are recognised through {@link ThriftySessionRepository#reading()}. A read that finds
 * the session expired deletes it there and then, also without a transaction: one DELETE, whose attributes go with
 * it through the foreign key's cascade.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionOperations writes;

	SessionTransactions(TransactionOperations writes) {
		this.writes = writes;
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		return ThriftySessionRepository.reading() ? TransactionOperations.withoutTransaction().execute(action)
				: writes.execute(action);
	}
}
