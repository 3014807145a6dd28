package org.satukota.informasi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lateness episodes of portal items: one per broken promise (item and due instant). */
@Repository
class LatenessEpisodes {

	private final JdbcClient jdbc;

	LatenessEpisodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Episode(long id, long contentId, Instant dueAt, Instant detectedAt) {
	}

	/** Opens the episode unless some node already did; {@code true} for the one caller that opened it. */
	boolean open(long contentId, Instant dueAt, Instant now) {
		return jdbc.sql("""
				INSERT INTO informasi_keterlambatan (konten_id, due_at, detected_at) VALUES (?, ?, ?)
				ON CONFLICT (konten_id, due_at) DO NOTHING""")
			.params(contentId, Timestamp.from(dueAt), Timestamp.from(now))
			.update() == 1;
	}

	List<Episode> unresolved() {
		return jdbc.sql("SELECT id, konten_id, due_at, detected_at FROM informasi_keterlambatan WHERE resolved_at IS NULL")
			.query((rs, row) -> new Episode(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	void resolve(long id, Instant now) {
		jdbc.sql("UPDATE informasi_keterlambatan SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
			.params(Timestamp.from(now), id)
			.update();
	}

	/**
	 * Marks for escalation the open episodes detected before {@code cutoff} that were not escalated yet, and returns
	 * them; an episode is returned to exactly one caller however many nodes ask.
	 */
	List<Episode> claimEscalations(Instant cutoff, Instant now) {
		return jdbc.sql("""
				UPDATE informasi_keterlambatan SET escalated_at = :now
				WHERE resolved_at IS NULL AND escalated_at IS NULL AND detected_at <= :cutoff
				RETURNING id, konten_id, due_at, detected_at""")
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, row) -> new Episode(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4).toInstant()))
			.list();
	}
}
