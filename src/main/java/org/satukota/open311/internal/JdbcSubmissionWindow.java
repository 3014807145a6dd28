package org.satukota.open311.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retry window in the database, so that it holds across nodes: concurrent identical posts take the same
 * transaction-scoped advisory lock on their fingerprint, so only the first draws a new key.
 */
@Component
class JdbcSubmissionWindow implements SubmissionWindow {

	/** Rows this much older than their last post are no longer needed. */
	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JdbcSubmissionWindow(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public String keyFor(long apiKeyId, String fingerprint) {
		return transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 311))").param(fingerprint).query((rs, n) -> 1)
				.list();
			Instant now = clock.instant();
			Optional<Long> recent = jdbc.sql("""
					select id from open311_submission
					where fingerprint = ? and api_key_id = ? and last_seen_at > ?
					order by last_seen_at desc limit 1""")
				.params(fingerprint, apiKeyId, Timestamp.from(now.minus(WINDOW)))
				.query(Long.class)
				.optional();
			if (recent.isPresent()) {
				return jdbc.sql("update open311_submission set last_seen_at = ? where id = ? returning idempotency_key")
					.params(Timestamp.from(now), recent.get())
					.query(String.class)
					.single();
			}
			String key = UUID.randomUUID().toString();
			jdbc.sql("""
					insert into open311_submission (api_key_id, fingerprint, idempotency_key, first_seen_at, last_seen_at)
					values (?, ?, ?, ?, ?)""")
				.params(apiKeyId, fingerprint, key, Timestamp.from(now), Timestamp.from(now))
				.update();
			// A little housekeeping on every new post keeps the table small without a scheduled job.
			jdbc.sql("""
					delete from open311_submission where id in (
					  select id from open311_submission where last_seen_at < ? limit 100)""")
				.param(Timestamp.from(now.minus(KEEP)))
				.update();
			return key;
		});
	}
}
