package org.satukota.pengaduan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-OPD figures: reports received (disposed to the OPD and submitted in the period), answered within the
 * deadline, median hours from disposition to the OPD's first response, share reopened, average rating. Rahasia
 * reports are left out entirely, so no count can reveal one.
 */
@Component
class Figures implements PerformanceSource {

	static final String RECEIVED = "pengaduan.kinerja.diterima";

	static final String ON_TIME = "pengaduan.kinerja.dijawab-tepat-waktu";

	static final String MEDIAN_RESPONSE = "pengaduan.kinerja.median-respons";

	static final String REOPENED = "pengaduan.kinerja.dibuka-kembali";

	static final String RATING = "pengaduan.kinerja.rata-rata-nilai";

	/** One OPD's row on the public figures page. */
	record Row(long opdId, String opdName, long received, long answered, long answeredOnTime, Double medianHours,
			long reopened, long rated, Double averageRating) {

		Long onTimePercent() {
			return answered == 0 ? null : Math.round(100.0 * answeredOnTime / answered);
		}

		Long reopenedPercent() {
			return answered == 0 ? null : Math.round(100.0 * reopened / answered);
		}
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final WorkingCalendar calendar;

	Figures(JdbcClient jdbc, Units units, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
	}

	List<Row> table(LocalDate from, LocalDate until) {
		var zone = calendar.zone();
		return jdbc.sql("""
				SELECT d.opd_id,
				  count(*) FILTER (WHERE p.submitted_at >= :from AND p.submitted_at < :until) AS received,
				  count(*) FILTER (WHERE p.answered_at >= :from AND p.answered_at < :until) AS answered,
				  count(*) FILTER (WHERE p.answered_at >= :from AND p.answered_at < :until AND p.answered_on_time) AS on_time,
				  percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (p.first_response_at - d.disposed_at)) / 3600.0)
				    FILTER (WHERE p.first_response_at >= :from AND p.first_response_at < :until
				      AND p.first_response_at >= d.disposed_at) AS median_hours,
				  count(*) FILTER (WHERE p.answered_at >= :from AND p.answered_at < :until AND p.reopened_count > 0) AS reopened,
				  count(p.rating) FILTER (WHERE p.closed_at >= :from AND p.closed_at < :until) AS rated,
				  avg(p.rating) FILTER (WHERE p.closed_at >= :from AND p.closed_at < :until) AS avg_rating
				FROM pengaduan_disposisi d JOIN pengaduan p ON p.id = d.complaint_id
				WHERE NOT p.rahasia AND d.status <> 'DIKEMBALIKAN'
				GROUP BY d.opd_id""")
			.param("from", ComplaintRepository.ts(from.atStartOfDay(zone).toInstant()))
			.param("until", ComplaintRepository.ts(until.atStartOfDay(zone).toInstant()))
			.query((rs, i) -> {
				long opd = rs.getLong("opd_id");
				Double median = (Double) rs.getObject("median_hours");
				java.math.BigDecimal avg = rs.getBigDecimal("avg_rating");
				return new Row(opd, units.find(opd).map(UnitView::name).orElse(""), rs.getLong("received"),
						rs.getLong("answered"), rs.getLong("on_time"),
						median == null ? null : Math.round(median * 10) / 10.0, rs.getLong("reopened"),
						rs.getLong("rated"), avg == null ? null : Math.round(avg.doubleValue() * 10) / 10.0);
			})
			.list()
			.stream()
			.filter(r -> r.received() + r.answered() + r.rated() > 0)
			.sorted(java.util.Comparator.comparing(Row::opdName))
			.toList();
	}

	@Override
	public List<PerformanceFigure> figures(LocalDate from, LocalDate until) {
		List<PerformanceFigure> figures = new ArrayList<>();
		for (Row r : table(from, until)) {
			figures.add(new PerformanceFigure(r.opdId(), RECEIVED, r.received(), null, null, null));
			figures.add(new PerformanceFigure(r.opdId(), ON_TIME, r.answered(), r.answeredOnTime(), null, null));
			figures.add(new PerformanceFigure(r.opdId(), MEDIAN_RESPONSE, r.answered(), null, r.medianHours(), "hours"));
			figures.add(new PerformanceFigure(r.opdId(), REOPENED, r.answered(), r.reopened(), null, null));
			figures.add(new PerformanceFigure(r.opdId(), RATING, r.rated(), null, r.averageRating(), "score"));
		}
		return figures;
	}
}
