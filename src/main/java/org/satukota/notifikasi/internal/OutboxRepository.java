package org.satukota.notifikasi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.satukota.notifikasi.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OutboxMessage message) {
		jdbc.sql("""
				insert into notification_message (id, created_at, channel, recipient, template, locale, subject, body,
				  status, attempts, next_attempt_at)
				values (:id, :createdAt, :channel, :recipient, :template, :locale, :subject, :body, :status, 0,
				  :nextAttemptAt)
				""")
			.param("id", message.id())
			.param("createdAt", utc(message.createdAt()))
			.param("channel", message.channel().name())
			.param("recipient", message.recipient())
			.param("template", message.template())
			.param("locale", message.locale().toLanguageTag())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("status", message.status().name())
			.param("nextAttemptAt", utc(message.nextAttemptAt()))
			.update();
	}

	/**
	 * Locks the next due message for the current transaction; rows locked by another node are skipped, so two
	 * nodes never deliver the same message at the same time.
	 */
	Optional<OutboxMessage> lockNextDue(Instant now) {
		return jdbc.sql("""
				select * from notification_message
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, created_at
				limit 1
				for update skip locked
				""").param("now", utc(now)).query((rs, n) -> map(rs)).optional();
	}

	void recordAttempt(UUID id, DeliveryAttempt.Outcome outcome) {
		jdbc.sql("""
				update notification_message
				set status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
				  last_attempt_at = :lastAttemptAt, sent_at = :sentAt, last_error = :lastError
				where id = :id
				""")
			.param("id", id)
			.param("status", outcome.status().name())
			.param("attempts", outcome.attempts())
			.param("nextAttemptAt", utc(outcome.nextAttemptAt()))
			.param("lastAttemptAt", utc(outcome.lastAttemptAt()))
			.param("sentAt", utc(outcome.sentAt()))
			.param("lastError", outcome.lastError())
			.update();
	}

	Optional<OutboxMessage> find(UUID id) {
		return jdbc.sql("select * from notification_message where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/** Newest first. */
	List<OutboxMessage> page(int page, int size) {
		return jdbc.sql("select * from notification_message order by created_at desc, id limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> map(rs))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from notification_message").query(Long.class).single();
	}

	private static OutboxMessage map(ResultSet rs) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), instant(rs, "created_at"),
				Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("template"),
				Locale.forLanguageTag(rs.getString("locale")), rs.getString("subject"), rs.getString("body"),
				MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
