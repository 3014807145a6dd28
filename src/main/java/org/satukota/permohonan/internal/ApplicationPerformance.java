package org.satukota.permohonan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.satukota.calendar.SlaClock;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Application figures per issuing unit for the performance reports: applications received (submitted) in the
 * period; applications completed in the period and how many of them within the service's published time (the
 * deadline of their own clock: working days, holidays and correction pauses excluded); and the median number of
 * working days they took.
 */
@Component
class ApplicationPerformance implements PerformanceSource {

	static final String RECEIVED = "permohonan.kinerja.diterima";

	static final String ON_TIME = "permohonan.kinerja.selesai-tepat-waktu";

	static final String MEDIAN_DAYS = "permohonan.kinerja.median-hari";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	ApplicationPerformance(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Override
	public List<PerformanceFigure> figures(LocalDate from, LocalDate until) {
		ZoneId zone = calendar.zone();
		java.sql.Timestamp start = java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant());
		java.sql.Timestamp end = java.sql.Timestamp.from(until.atStartOfDay(zone).toInstant());
		List<PerformanceFigure> figures = new ArrayList<>();
		jdbc.sql("""
				SELECT unit_id, count(*) AS n FROM permohonan
				WHERE unit_id IS NOT NULL AND submitted_at >= :from AND submitted_at < :until GROUP BY unit_id""")
			.param("from", start)
			.param("until", end)
			.query((rs, i) -> new PerformanceFigure(rs.getLong("unit_id"), RECEIVED, rs.getLong("n"), null, null, null))
			.list()
			.forEach(figures::add);
		Map<Long, List<int[]>> completed = new TreeMap<>();
		jdbc.sql("""
				SELECT unit_id, budget_working_days, sla_started_at, sla_paused_working_days, completed_at
				FROM permohonan
				WHERE status = 'SELESAI' AND unit_id IS NOT NULL AND sla_started_at IS NOT NULL
				  AND completed_at >= :from AND completed_at < :until""")
			.param("from", start)
			.param("until", end)
			.query((rs, i) -> {
				SlaClock clock = new SlaClock(rs.getTimestamp("sla_started_at").toInstant(),
						rs.getInt("sla_paused_working_days"), null, null);
				Instant done = rs.getTimestamp("completed_at").toInstant();
				Instant deadline = clock.deadline(rs.getInt("budget_working_days"), calendar).orElseThrow();
				int onTime = done.isBefore(deadline) ? 1 : 0;
				completed.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
					.add(new int[] { onTime, clock.elapsedWorkingDays(done, calendar) });
				return null;
			})
			.list();
		completed.forEach((unitId, apps) -> {
			long onTime = apps.stream().filter(a -> a[0] == 1).count();
			figures.add(new PerformanceFigure(unitId, ON_TIME, apps.size(), onTime, null, null));
			figures.add(new PerformanceFigure(unitId, MEDIAN_DAYS, apps.size(), null,
					median(apps.stream().mapToInt(a -> a[1]).sorted().toArray()), "days"));
		});
		return figures;
	}

	static double median(int[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}
}
