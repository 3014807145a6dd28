package org.satukota.informasi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The link checker's findings, per portal item. */
@Repository
class LinkProblems {

	private final JdbcClient jdbc;

	LinkProblems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	enum Problem {
		DEAD, EMPTY
	}

	record Finding(long contentId, String url, Problem problem, Integer httpStatus, String detail, Instant checkedAt) {
	}

	/** A finding with the item it was found in, for the owners' list. */
	record Listed(long contentId, String title, String kindKey, long unitId, String url, Problem problem,
			Integer httpStatus, String detail, Instant checkedAt) {
	}

	/** Replaces the findings of these items with this run's. */
	void replace(Collection<Long> contentIds, List<Finding> findings) {
		if (!contentIds.isEmpty()) {
			jdbc.sql("DELETE FROM informasi_tautan WHERE konten_id IN (:ids)").param("ids", contentIds).update();
		}
		for (Finding f : findings) {
			jdbc.sql("""
					INSERT INTO informasi_tautan (konten_id, url, problem, http_status, detail, checked_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(f.contentId(), f.url(), f.problem().name(), f.httpStatus(), f.detail(),
						Timestamp.from(f.checkedAt()))
				.update();
		}
	}

	/** Clears the findings of items that are no longer published (nothing public to fix). */
	void clearUnpublished() {
		jdbc.sql("""
				DELETE FROM informasi_tautan t USING informasi_konten k
				WHERE t.konten_id = k.id AND k.status <> 'PUBLISHED'""").update();
	}

	List<Listed> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT t.konten_id, k.title, k.kind, k.unit_id, t.url, t.problem, t.http_status, t.detail, t.checked_at
				FROM informasi_tautan t JOIN informasi_konten k ON k.id = t.konten_id
				WHERE k.unit_id IN (:units) ORDER BY k.title, t.id""")
			.param("units", unitIds)
			.query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2),
					ContentKind.valueOf(rs.getString(3)).key(), rs.getLong(4), rs.getString(5),
					Problem.valueOf(rs.getString(6)), (Integer) rs.getObject(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}
}
