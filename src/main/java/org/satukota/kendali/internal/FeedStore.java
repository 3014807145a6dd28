package org.satukota.kendali.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.satukota.kendali.internal.Records.FeedEntry;
import org.satukota.shared.AuditedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall's durable feed. Appending takes a transaction-level advisory lock before the id is drawn, so ids commit
 * in ascending order on any number of nodes: a reader that has seen id n will never later find a smaller new id.
 * Each append notifies the {@code kendali_feed} channel; nodes fan out from the table (see {@link FeedFanOut}).
 */
@Repository
class FeedStore {

	/** Arbitrary but fixed key of the advisory lock that orders feed ids. */
	static final long FEED_LOCK = 7_301_030L;

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores the event's entry once (a redelivered event is ignored); returns whether it was new. */
	@Transactional
	boolean append(AuditedEvent event, String detail) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", FEED_LOCK).query().listOfRows();
		int inserted = jdbc.sql("""
				INSERT INTO kendali_feed (action, record_type, record_id, occurred_at, detail, source_key, stored_at)
				VALUES (:action, :type, :id, :at, :detail, :key, :now) ON CONFLICT (source_key) DO NOTHING""")
			.param("action", event.action())
			.param("type", event.recordType())
			.param("id", event.recordId())
			.param("at", KendaliRepository.ts(event.occurredAt()))
			.param("detail", detail)
			.param("key", sourceKey(event))
			.param("now", KendaliRepository.ts(clock.instant()))
			.update();
		if (inserted == 1) {
			jdbc.sql("SELECT pg_notify('kendali_feed', '')").query().listOfRows();
		}
		return inserted == 1;
	}

	List<FeedEntry> after(long id, int limit) {
		return jdbc.sql("SELECT * FROM kendali_feed WHERE id > :id ORDER BY id LIMIT :limit")
			.param("id", id)
			.param("limit", limit)
			.query(FeedStore::entry)
			.list();
	}

	/** The newest {@code limit} entries, newest first. */
	List<FeedEntry> latest(int limit) {
		return jdbc.sql("SELECT * FROM kendali_feed ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(FeedStore::entry)
			.list();
	}

	long maxId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM kendali_feed").query(Long.class).single();
	}

	static FeedEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new FeedEntry(rs.getLong("id"), rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("detail"));
	}

	// Records print every component deterministically, so a redelivered event has the same key.
	static String sourceKey(AuditedEvent event) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((event.getClass().getName() + "|" + event).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
