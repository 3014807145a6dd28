package org.satukota.dataset.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.satukota.directory.Units;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.satukota.shared.UpdateFrequency;
import org.springframework.stereotype.Component;

/**
 * Per owner unit: how many of its published datasets with a calendar update schedule were up to date at the end
 * of the period (or now, for the running period), measured from the revision log. Measure
 * {@code dataset.kinerja.tepat-waktu}; {@code total − met} is the number of overdue datasets.
 */
@Component
class DatasetPerformance implements PerformanceSource {

	static final String MEASURE = "dataset.kinerja.tepat-waktu";

	private final DatasetRepository repository;

	private final Units units;

	private final Clock clock;

	DatasetPerformance(DatasetRepository repository, Units units, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public List<PerformanceFigure> figures(LocalDate from, LocalDate until) {
		ZoneId zone = units.cityProfile().zone();
		Instant end = until.atStartOfDay(zone).toInstant();
		Instant now = clock.instant();
		Instant at = end.isAfter(now) ? now : end;
		Map<Long, Instant> lastChange = repository.lastChangeBefore(at);
		Map<Long, long[]> perUnit = new TreeMap<>();
		for (Dataset d : repository.published()) {
			if (d.system() || d.frequency() == UpdateFrequency.AS_NEEDED || d.firstPublishedAt() == null
					|| !d.firstPublishedAt().isBefore(at)) {
				continue;
			}
			Instant last = lastChange.getOrDefault(d.id(), d.firstPublishedAt());
			long[] counts = perUnit.computeIfAbsent(d.ownerUnitId(), k -> new long[2]);
			counts[0]++;
			if (!d.frequency().isLate(last, at, zone)) {
				counts[1]++;
			}
		}
		List<PerformanceFigure> figures = new ArrayList<>();
		perUnit.forEach((unit, counts) -> figures.add(new PerformanceFigure(unit, MEASURE, counts[0], counts[1], null,
				null)));
		return figures;
	}
}
