package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.satukota.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coordinator's queue and the liaison's inbox: filtered lists and tab counts, each a single SQL statement. */
@Component
class StaffQueries {

	/** One row of a queue. */
	record Row(UUID id, String trackingNumber, String title, String categoryName, String status,
			Instant submittedAt, LocalDate dueDate, boolean overdue, boolean dueSoon, int escalationLevel,
			boolean rahasia, boolean anonim, String dispositionStatus) {
	}

	/** Tab counts: new, due soon, overdue, held (tunda), all open. */
	record Counts(long baru, long segera, long terlambat, long ditunda, long terbuka) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Budgets budgets;

	private final Clock clock;

	StaffQueries(JdbcClient jdbc, WorkingCalendar calendar, Budgets budgets, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.budgets = budgets;
		this.clock = clock;
	}

	// An open report's clock runs unless it waits for the reporter. The counts read these conditions from the
	// index on (deadline_at, status) of open reports alone, so they must not name any other column.
	private static final String OPEN_OVERDUE = "p.status <> 'MENUNGGU_TANGGAPAN' AND p.deadline_at <= :now";

	private static final String OPEN_DUE_SOON = "p.status <> 'MENUNGGU_TANGGAPAN' AND p.deadline_at > :now "
			+ "AND p.deadline_at <= :soon";

	private static final String OVERDUE = "p.closed_at IS NULL AND " + OPEN_OVERDUE;

	private static final String DUE_SOON = "p.closed_at IS NULL AND " + OPEN_DUE_SOON;

	List<Row> coordinatorQueue(String tab, String category, Long kelurahan, String status) {
		Map<String, Object> params = params();
		StringBuilder sql = new StringBuilder("SELECT p.*, NULL AS disposition_status FROM pengaduan p WHERE ");
		sql.append(tabCondition(tab));
		filters(sql, params, category, kelurahan, status);
		sql.append(" ORDER BY p.deadline_at NULLS LAST, p.submitted_at LIMIT 200");
		return jdbc.sql(sql.toString()).params(params).query(rowMapper()).list();
	}

	// Visible in the package so that a test can check the plan of the statement itself.
	static final String COORDINATOR_COUNTS = "SELECT count(*) FILTER (WHERE p.status = 'DITERIMA') AS baru, "
			+ "count(*) FILTER (WHERE " + OPEN_DUE_SOON + ") AS segera, count(*) FILTER (WHERE " + OPEN_OVERDUE
			+ ") AS terlambat, count(*) FILTER (WHERE p.status = 'DITUNDA') AS ditunda, count(*) AS terbuka "
			+ "FROM pengaduan p WHERE p.closed_at IS NULL";

	Counts coordinatorCounts() {
		Map<String, Object> params = params();
		return jdbc.sql(COORDINATOR_COUNTS)
			.params(params)
			.query((rs, i) -> new Counts(rs.getLong("baru"), rs.getLong("segera"), rs.getLong("terlambat"),
					rs.getLong("ditunda"), rs.getLong("terbuka")))
			.single();
	}

	List<Row> liaisonInbox(Collection<Long> units, String tab, String category, String status) {
		Map<String, Object> params = params();
		params.put("units", units);
		StringBuilder sql = new StringBuilder("SELECT p.*, d.status AS disposition_status FROM pengaduan p "
				+ "JOIN pengaduan_disposisi d ON d.complaint_id = p.id AND (d.opd_id IN (:units) OR d.assigned_unit_id "
				+ "IN (:units)) WHERE ");
		sql.append(switch (tab == null ? "" : tab) {
			case "baru" -> "d.status = 'DIDISPOSISI' AND p.closed_at IS NULL";
			case "segera" -> DUE_SOON + " AND d.status IN ('DIDISPOSISI', 'DITERIMA')";
			case "terlambat" -> OVERDUE + " AND d.status IN ('DIDISPOSISI', 'DITERIMA')";
			case "semua" -> "TRUE";
			default -> "d.status IN ('DIDISPOSISI', 'DITERIMA') AND p.closed_at IS NULL";
		});
		filters(sql, params, category, null, status);
		sql.append(" ORDER BY p.deadline_at NULLS LAST, p.submitted_at LIMIT 200");
		return jdbc.sql(sql.toString()).params(params).query(rowMapper()).list();
	}

	Counts liaisonCounts(Collection<Long> units) {
		Map<String, Object> params = params();
		params.put("units", units);
		return jdbc.sql("SELECT count(*) FILTER (WHERE d.status = 'DIDISPOSISI') AS baru, count(*) FILTER (WHERE "
				+ DUE_SOON + ") AS segera, count(*) FILTER (WHERE " + OVERDUE + ") AS terlambat, 0 AS ditunda, "
				+ "count(*) AS terbuka FROM pengaduan p JOIN pengaduan_disposisi d ON d.complaint_id = p.id "
				+ "AND (d.opd_id IN (:units) OR d.assigned_unit_id IN (:units)) "
				+ "WHERE d.status IN ('DIDISPOSISI', 'DITERIMA') AND p.closed_at IS NULL")
			.params(params)
			.query((rs, i) -> new Counts(rs.getLong("baru"), rs.getLong("segera"), rs.getLong("terlambat"),
					rs.getLong("ditunda"), rs.getLong("terbuka")))
			.single();
	}

	/** Whether the report is disposed (now or before) to a unit in {@code units}: the liaison's right to see it. */
	boolean visibleToLiaison(UUID id, Collection<Long> units) {
		return jdbc.sql("SELECT count(*) FROM pengaduan_disposisi WHERE complaint_id = :id AND (opd_id IN (:units) "
				+ "OR assigned_unit_id IN (:units))").param("id", id).param("units", units).query(Long.class).single() > 0;
	}

	private static String tabCondition(String tab) {
		return switch (tab == null ? "" : tab) {
			case "segera" -> DUE_SOON;
			case "terlambat" -> OVERDUE;
			case "ditunda" -> "p.status = 'DITUNDA'";
			case "terbuka" -> "p.closed_at IS NULL";
			case "semua" -> "TRUE";
			default -> "p.status = 'DITERIMA'";
		};
	}

	private static void filters(StringBuilder sql, Map<String, Object> params, String category, Long kelurahan,
			String status) {
		if (category != null && !category.isBlank()) {
			sql.append(" AND p.category_code = :category");
			params.put("category", category);
		}
		if (kelurahan != null) {
			sql.append(" AND p.kelurahan_id = :kelurahan");
			params.put("kelurahan", kelurahan);
		}
		if (status != null && !status.isBlank()) {
			sql.append(" AND p.status = :status");
			params.put("status", status);
		}
	}

	private Map<String, Object> params() {
		Instant now = clock.instant();
		Map<String, Object> params = new HashMap<>();
		params.put("now", ComplaintRepository.ts(now));
		params.put("soon", ComplaintRepository.ts(calendar.snapshot().addWorkingDays(now, budgets.dueSoon)));
		return params;
	}

	/** One calendar snapshot and one "soon" threshold per list, not a calendar check per row. */
	private org.springframework.jdbc.core.RowMapper<Row> rowMapper() {
		WorkingCalendar cal = calendar.snapshot();
		Instant now = clock.instant();
		Instant soonLimit = cal.addWorkingDays(now, budgets.dueSoon);
		return (rs, i) -> row(rs, cal, now, soonLimit);
	}

	private Row row(java.sql.ResultSet rs, WorkingCalendar calendar, Instant now, Instant soonLimit)
			throws java.sql.SQLException {
		Instant deadline = ComplaintRepository.instant(rs, "deadline_at");
		String status = rs.getString("status");
		boolean counts = rs.getTimestamp("closed_at") == null && !"MENUNGGU_TANGGAPAN".equals(status);
		boolean overdue = counts && deadline != null && !now.isBefore(deadline);
		boolean soon = counts && deadline != null && !overdue
				&& !soonLimit.isBefore(deadline);
		// The deadline instant is midnight after the last day; print that last day.
		LocalDate due = deadline == null ? null : calendar.dateOf(deadline.minusSeconds(1));
		return new Row(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("title"),
				rs.getString("category_name"), status, ComplaintRepository.instant(rs, "submitted_at"), due, overdue,
				soon, rs.getInt("escalation_level"), rs.getBoolean("rahasia"), rs.getBoolean("anonim"),
				rs.getString("disposition_status"));
	}
}
