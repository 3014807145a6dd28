package org.satukota.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;
import org.satukota.shared.CacheRevisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HolidayRepository {

	/** Arbitrary but fixed key of the advisory lock two nodes take while seeding. */
	static final long SEED_LOCK_KEY = 0x5A7C_A1E4_DA2L;

	private static final String COLUMNS = "id, holiday_date, kind, name, source, note, created_at, created_by, "
			+ "active, removed_at, removed_by, removed_reason";

	/** The name of the calendar's revision in {@link CacheRevisions}. */
	static final String REVISION = "calendar";

	private final JdbcClient jdbc;

	private final CacheRevisions revisions;

	HolidayRepository(JdbcClient jdbc, CacheRevisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	List<Holiday> activeHolidays() {
		return jdbc.sql("select holiday_date, kind, name from holiday where active order by holiday_date, name")
			.query((rs, n) -> new Holiday(rs.getObject("holiday_date", LocalDate.class),
					HolidayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
	}

	long revision() {
		return revisions.current(REVISION);
	}

	/**
	 * Called in every transaction that changes a holiday. The new value comes from a sequence, which never hands
	 * out a value twice even when a transaction rolls back, so a snapshot a node loaded inside a transaction that
	 * later rolled back can never match a committed revision.
	 */
	void bumpRevision() {
		revisions.bump(REVISION);
	}

	List<HolidayEntry> inYear(int year) {
		return jdbc.sql("select " + COLUMNS + " from holiday where holiday_date between :from and :to "
				+ "order by holiday_date, name")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(HolidayRepository::entry)
			.list();
	}

	List<Integer> yearsWithHolidays() {
		return jdbc.sql("select distinct extract(year from holiday_date)::int as y from holiday order by y")
			.query(Integer.class)
			.list();
	}

	Optional<HolidayEntry> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from holiday where id = :id for update")
			.param("id", id)
			.query(HolidayRepository::entry)
			.optional();
	}

	boolean exists(LocalDate date, String name) {
		return jdbc.sql("select exists (select 1 from holiday where holiday_date = :date and lower(name) = lower(:name))")
			.param("date", date)
			.param("name", name)
			.query(Boolean.class)
			.single();
	}

	long insert(LocalDate date, HolidayKind kind, String name, HolidayEntry.Source source, String note,
			Instant createdAt, String createdBy) {
		return jdbc.sql("insert into holiday (holiday_date, kind, name, source, note, created_at, created_by) "
				+ "values (:date, :kind, :name, :source, :note, :createdAt, :createdBy) returning id")
			.param("date", date)
			.param("kind", kind.name())
			.param("name", name)
			.param("source", source.name())
			.param("note", note)
			.param("createdAt", Timestamp.from(createdAt))
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
	}

	void updateState(HolidayEntry entry) {
		jdbc.sql("update holiday set active = :active, removed_at = :removedAt, removed_by = :removedBy, "
				+ "removed_reason = :removedReason where id = :id")
			.param("active", entry.active())
			.param("removedAt", entry.removedAt() == null ? null : Timestamp.from(entry.removedAt()))
			.param("removedBy", entry.removedBy())
			.param("removedReason", entry.removedReason())
			.param("id", entry.id())
			.update();
	}

	/**
	 * Inserts the seed rows not yet present (by date and name, whatever their state), so a row an admin
	 * deactivated stays deactivated. Returns how many were new.
	 */
	int insertMissingSeedRows(List<Holiday> rows, Instant at, String by) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SEED_LOCK_KEY).query((rs, n) -> 1).list();
		int inserted = 0;
		for (Holiday row : rows) {
			inserted += jdbc.sql("insert into holiday (holiday_date, kind, name, source, created_at, created_by) "
					+ "values (:date, :kind, :name, 'SEED', :at, :by) on conflict (holiday_date, lower(name)) do nothing")
				.param("date", row.date())
				.param("kind", row.kind().name())
				.param("name", row.name())
				.param("at", Timestamp.from(at))
				.param("by", by)
				.update();
		}
		return inserted;
	}

	private static HolidayEntry entry(ResultSet rs, int rowNum) throws SQLException {
		Timestamp removedAt = rs.getTimestamp("removed_at");
		return new HolidayEntry(rs.getLong("id"), rs.getObject("holiday_date", LocalDate.class),
				HolidayKind.valueOf(rs.getString("kind")), rs.getString("name"),
				HolidayEntry.Source.valueOf(rs.getString("source")), rs.getString("note"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getBoolean("active"),
				removedAt == null ? null : removedAt.toInstant(), rs.getString("removed_by"),
				rs.getString("removed_reason"));
	}
}
