package org.satukota.survei.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.satukota.survei.IkmCategory;
import org.springframework.stereotype.Component;

/**
 * The IKM of each unit for the performance reports: {@code total} is the number of respondents and {@code value}
 * the converted IKM (25–100) of the unit's own responses, unrounded so that combining units (weighted by
 * respondents) gives the same value as pooling their answers; reports round it to two decimals.
 */
@Component
class IkmPerformanceSource implements PerformanceSource {

	private final IkmResults results;

	IkmPerformanceSource(IkmResults results) {
		this.results = results;
	}

	@Override
	public List<PerformanceFigure> figures(LocalDate from, LocalDate until) {
		List<PerformanceFigure> figures = new ArrayList<>();
		results.perUnit(from, until)
			.forEach((unitId, v) -> figures.add(new PerformanceFigure(unitId, IkmCategory.PERFORMANCE_MEASURE,
					(long) v[0], null, v[1], "score")));
		return figures;
	}
}
