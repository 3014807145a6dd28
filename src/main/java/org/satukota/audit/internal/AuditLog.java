package org.satukota.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the audit trail in two steps. {@link #record} writes a decision to {@code audit_inbox} in the deciding
 * transaction itself, so a committed decision always has its record and a rolled-back one never does.
 * {@link #chainWaiting} then appends the waiting rows to the chain in one transaction per batch; appends from all
 * nodes are serialised by a transaction-scoped advisory lock, so the chain stays a single line: each row's
 * {@code prev_hash} is the hash of the row appended just before it.
 */
@Component
class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/** Arbitrary but fixed key of the advisory lock that serialises appends ("SKAUDIT" in ASCII). */
	static final long APPEND_LOCK = 0x534B4155444954L;

	/** Stands in for a missing actor rather than attributing the decision to somebody. */
	static final String UNKNOWN_ACTOR = "(tidak diketahui)";

	/** How many waiting decisions one chaining transaction appends at most. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Writes the decision to the inbox in the current transaction (or on its own without one).
	 *
	 * @return false when the same event (same type and content) is already waiting; one already on the chain is
	 *         dropped when the waiting rows are chained
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean record(AuditedEvent event) {
		return record(event, EventDigest.of(event, json));
	}

	private boolean record(AuditedEvent event, String digest) {
		Instant recordedAt = clock.instant();
		Actor actor = event.actor();
		return jdbc.sql("""
				insert into audit_inbox (occurred_at, recorded_at, actor_username, actor_role, actor_unit_id, action,
				  record_type, record_id, reason, event_type, event_digest)
				values (:occurredAt, :recordedAt, :actor, :role, :unitId, :action, :recordType, :recordId, :reason,
				  :eventType, :eventDigest)
				on conflict (event_digest) do nothing
				""")
			// Truncated, not rounded by the database, to the microseconds timestamptz keeps (as ChainRow does).
			.param("occurredAt", utc(micros(event.occurredAt() != null ? event.occurredAt() : recordedAt)))
			.param("recordedAt", utc(micros(recordedAt)))
			.param("actor", clean(actor == null || actor.username() == null ? UNKNOWN_ACTOR : actor.username()))
			.param("role", clean(actor == null ? null : actor.role()))
			.param("unitId", actor == null ? null : actor.unitId())
			.param("action", clean(required(event.action())))
			.param("recordType", clean(required(event.recordType())))
			.param("recordId", clean(required(event.recordId())))
			.param("reason", clean(event.reason()))
			.param("eventType", event.getClass().getName())
			.param("eventDigest", digest)
			.update() == 1;
	}

	/**
	 * Records the decision and appends it to the chain at once, for callers that need its place in the chain.
	 *
	 * @return the sequence number of the new row, or empty if this event was already recorded
	 */
	@Transactional
	public Optional<Long> append(AuditedEvent event) {
		String digest = EventDigest.of(event, json);
		if (alreadyChained(List.of(digest)).contains(digest) || !record(event, digest)) {
			return Optional.empty();
		}
		chainWaiting();
		return jdbc.sql("select seq from audit_entry where event_digest = ?").param(digest).query(Long.class).optional();
	}

	/**
	 * Appends up to {@link #BATCH} waiting decisions to the chain, oldest first, and removes them from the inbox.
	 *
	 * @return how many waiting rows were taken (appended, or dropped as already on the chain)
	 */
	@Transactional
	public int chainWaiting() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();
		List<Waiting> waiting = jdbc.sql("select * from audit_inbox order by id limit :batch")
			.param("batch", BATCH)
			.query((rs, n) -> new Waiting(rs.getLong("id"), mapRow(rs, 0, null, null)))
			.list();
		if (waiting.isEmpty()) {
			return 0;
		}
		Set<String> chained = alreadyChained(waiting.stream().map(w -> w.row().eventDigest()).toList());
		Optional<Head> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
		long seq = head.map(Head::seq).orElse(0L);
		String prevHash = head.map(Head::hash).orElse(ChainHash.GENESIS);
		List<ChainRow> appended = new ArrayList<>();
		for (Waiting w : waiting) {
			if (chained.contains(w.row().eventDigest())) {
				log.atInfo().addKeyValue("audit.action", w.row().action())
					.log("Audit event {} already recorded, skipped", w.row().action());
				continue;
			}
			ChainRow row = w.row().chainedAt(++seq, prevHash);
			appended.add(row);
			prevHash = row.hash();
		}
		if (!appended.isEmpty()) {
			insertAll(appended);
			jdbc.sql("""
					insert into audit_chain_head (id, last_seq, last_hash) values (1, :seq, :hash)
					on conflict (id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash
					""").param("seq", seq).param("hash", prevHash).update();
		}
		jdbc.sql("delete from audit_inbox where id in (:ids)")
			.param("ids", waiting.stream().map(Waiting::id).toList())
			.update();
		appended.forEach(row -> log.atInfo()
			.addKeyValue("audit.seq", row.seq())
			.addKeyValue("audit.action", row.action())
			.log("Audit entry {} appended ({})", row.seq(), row.action()));
		return waiting.size();
	}

	private Set<String> alreadyChained(List<String> digests) {
		return new HashSet<>(jdbc.sql("select event_digest from audit_entry where event_digest in (:digests)")
			.param("digests", digests)
			.query(String.class)
			.list());
	}

	private void insertAll(List<ChainRow> rows) {
		List<Object[]> values = rows.stream()
			.map(r -> new Object[] { r.seq(), utc(r.occurredAt()), utc(r.recordedAt()), r.actor(), r.role(), r.unitId(),
					r.action(), r.recordType(), r.recordId(), r.reason(), r.eventType(), r.eventDigest(), r.prevHash(),
					r.hash() })
			.toList();
		batch.batchUpdate("""
				insert into audit_entry (seq, occurred_at, recorded_at, actor_username, actor_role, actor_unit_id,
				  action, record_type, record_id, reason, event_type, event_digest, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", values);
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static ChainRow mapRow(ResultSet rs) throws SQLException {
		return mapRow(rs, rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static ChainRow mapRow(ResultSet rs, long seq, String prevHash, String hash) throws SQLException {
		Long unitId = rs.getObject("actor_unit_id", Long.class);
		return new ChainRow(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor_username"),
				rs.getString("actor_role"), unitId, rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getString("reason"), rs.getString("event_type"),
				rs.getString("event_digest"), prevHash, hash);
	}

	private static String required(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}

	/** PostgreSQL text cannot hold NUL; an event carrying one must not block the listener forever. */
	private static String clean(String value) {
		return value == null ? null : value.replace("\u0000", "");
	}

	private record Head(long seq, String hash) {
	}

	private record Waiting(long id, ChainRow row) {
	}
}
