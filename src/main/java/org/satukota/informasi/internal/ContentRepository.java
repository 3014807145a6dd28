package org.satukota.informasi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satukota.shared.UpdateFrequency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContentRepository {

	private static final String COLUMNS = "id, kind, unit_id, title, summary, body, image_file_id, attachment_file_id, "
			+ "starts_at, ends_at, place, regulation_number, external_url, update_frequency, status, published_at, "
			+ "created_at, updated_at, updated_by";

	private final JdbcClient jdbc;

	ContentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ContentKind kind, long unitId, ContentDetails d, Instant now, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO informasi_konten (kind, unit_id, title, summary, body, image_file_id, attachment_file_id,
				  starts_at, ends_at, place, regulation_number, external_url, update_frequency, status, created_at,
				  updated_at, updated_by)
				VALUES (:kind, :unit, :title, :summary, :body, :image, :attachment, :starts, :ends, :place, :number,
				  :url, :frequency, 'DRAFT', :now, :now, :by)""")
			.paramSource(params(d).addValue("kind", kind.name())
				.addValue("unit", unitId)
				.addValue("now", Timestamp.from(now))
				.addValue("by", by))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, ContentDetails d, Instant now, String by) {
		jdbc.sql("""
				UPDATE informasi_konten SET title = :title, summary = :summary, body = :body, image_file_id = :image,
				  attachment_file_id = :attachment, starts_at = :starts, ends_at = :ends, place = :place,
				  regulation_number = :number, external_url = :url, update_frequency = :frequency,
				  updated_at = :now, updated_by = :by
				WHERE id = :id""")
			.paramSource(params(d).addValue("now", Timestamp.from(now)).addValue("by", by).addValue("id", id))
			.update();
	}

	void setPublished(long id, boolean published, Instant now, String by) {
		jdbc.sql("""
				UPDATE informasi_konten SET status = :status, updated_at = :now, updated_by = :by,
				  published_at = CASE WHEN :published THEN coalesce(published_at, :now) ELSE published_at END
				WHERE id = :id""")
			.param("status", published ? "PUBLISHED" : "DRAFT")
			.param("published", published)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.update();
	}

	Optional<Content> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE id = ?").param(id).query(this::map).optional();
	}

	/** Locks the row for a change, so two editors' saves do not interleave. */
	Optional<Content> lock(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE id = ? FOR UPDATE")
			.param(id)
			.query(this::map)
			.optional();
	}

	/** Published items of these kinds, newest first. */
	List<Content> published(Collection<ContentKind> kinds, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE status = 'PUBLISHED' AND kind IN (:kinds) "
				+ "ORDER BY published_at DESC, id DESC LIMIT :limit")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Published agenda items not yet over at {@code now}, soonest first. */
	List<Content> upcomingAgenda(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE status = 'PUBLISHED' AND kind = 'AGENDA' "
				+ "AND coalesce(ends_at, starts_at) >= :now ORDER BY starts_at, id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Published agenda items already over, latest first. */
	List<Content> pastAgenda(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE status = 'PUBLISHED' AND kind = 'AGENDA' "
				+ "AND coalesce(ends_at, starts_at) < :now ORDER BY starts_at DESC, id DESC LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	List<Content> allPublished() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE status = 'PUBLISHED' ORDER BY id")
			.query(this::map)
			.list();
	}

	/** Published items that promise a schedule (candidates for lateness). */
	List<Content> publishedWithSchedule() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE status = 'PUBLISHED' "
				+ "AND update_frequency <> 'AS_NEEDED' ORDER BY id")
			.query(this::map)
			.list();
	}

	List<Content> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM informasi_konten WHERE unit_id IN (:units) "
				+ "ORDER BY updated_at DESC, id DESC")
			.param("units", unitIds)
			.query(this::map)
			.list();
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(ContentDetails d) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("title", d.title())
			.addValue("summary", d.summary())
			.addValue("body", d.body())
			.addValue("image", d.imageFileId())
			.addValue("attachment", d.attachmentFileId())
			.addValue("starts", d.startsAt() == null ? null : Timestamp.from(d.startsAt()))
			.addValue("ends", d.endsAt() == null ? null : Timestamp.from(d.endsAt()))
			.addValue("place", d.place())
			.addValue("number", d.regulationNumber())
			.addValue("url", d.externalUrl())
			.addValue("frequency", d.updateFrequency().name());
	}

	private Content map(ResultSet rs, int row) throws SQLException {
		ContentDetails details = new ContentDetails(rs.getString("title"), rs.getString("summary"),
				rs.getString("body"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"),
				rs.getString("regulation_number"), rs.getString("external_url"),
				UpdateFrequency.valueOf(rs.getString("update_frequency")), rs.getObject("image_file_id", UUID.class),
				rs.getObject("attachment_file_id", UUID.class));
		return new Content(rs.getLong("id"), ContentKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), details,
				"PUBLISHED".equals(rs.getString("status")), instant(rs, "published_at"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
