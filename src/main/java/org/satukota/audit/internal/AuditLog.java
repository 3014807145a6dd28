package org.satukota.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends decisions to the chain. Appends from all nodes are serialised by a transaction-scoped advisory lock,
 * so the chain stays a single line: each row's {@code prev_hash} is the hash of the row appended just before it.
 */
@Component
class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/** Arbitrary but fixed key of the advisory lock that serialises appends ("SKAUDIT" in ASCII). */
	static final long APPEND_LOCK = 0x534B4155444954L;

	/** Stands in for a missing actor rather than attributing the decision to somebody. */
	static final String UNKNOWN_ACTOR = "(tidak diketahui)";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** @return the sequence number of the new row, or empty if this event was already recorded */
	@Transactional
	public Optional<Long> append(AuditedEvent event) {
		String digest = EventDigest.of(event, json);
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();

		boolean seen = jdbc.sql("select exists (select 1 from audit_entry where event_digest = ?)")
			.param(digest)
			.query(Boolean.class)
			.single();
		if (seen) {
			log.atInfo().addKeyValue("audit.action", event.action()).log("Audit event {} already recorded, skipped", event.action());
			return Optional.empty();
		}

		Optional<Head> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
		long seq = head.map(h -> h.seq() + 1).orElse(1L);
		String prevHash = head.map(Head::hash).orElse(ChainHash.GENESIS);

		Instant recordedAt = clock.instant();
		Actor actor = event.actor();
		ChainRow row = new ChainRow(seq, event.occurredAt() != null ? event.occurredAt() : recordedAt, recordedAt,
				clean(actor == null || actor.username() == null ? UNKNOWN_ACTOR : actor.username()),
				clean(actor == null ? null : actor.role()), actor == null ? null : actor.unitId(),
				clean(required(event.action())), clean(required(event.recordType())),
				clean(required(event.recordId())), clean(event.reason()), event.getClass().getName(), digest,
				prevHash, null)
			.sealed();

		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, recorded_at, actor_username, actor_role, actor_unit_id,
				  action, record_type, record_id, reason, event_type, event_digest, prev_hash, hash)
				values (:seq, :occurredAt, :recordedAt, :actor, :role, :unitId, :action, :recordType, :recordId,
				  :reason, :eventType, :eventDigest, :prevHash, :hash)
				""")
			.param("seq", row.seq())
			.param("occurredAt", utc(row.occurredAt()))
			.param("recordedAt", utc(row.recordedAt()))
			.param("actor", row.actor())
			.param("role", row.role())
			.param("unitId", row.unitId())
			.param("action", row.action())
			.param("recordType", row.recordType())
			.param("recordId", row.recordId())
			.param("reason", row.reason())
			.param("eventType", row.eventType())
			.param("eventDigest", row.eventDigest())
			.param("prevHash", row.prevHash())
			.param("hash", row.hash())
			.update();
		jdbc.sql("""
				insert into audit_chain_head (id, last_seq, last_hash) values (1, :seq, :hash)
				on conflict (id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash
				""").param("seq", row.seq()).param("hash", row.hash()).update();

		log.atInfo()
			.addKeyValue("audit.seq", row.seq())
			.addKeyValue("audit.action", row.action())
			.log("Audit entry {} appended ({})", row.seq(), row.action());
		return Optional.of(row.seq());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static ChainRow mapRow(ResultSet rs) throws SQLException {
		Long unitId = rs.getObject("actor_unit_id", Long.class);
		return new ChainRow(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor_username"),
				rs.getString("actor_role"), unitId, rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getString("reason"), rs.getString("event_type"),
				rs.getString("event_digest"), rs.getString("prev_hash"), rs.getString("hash"));
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
}
