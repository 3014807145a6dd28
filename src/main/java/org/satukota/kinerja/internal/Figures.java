package org.satukota.kinerja.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.satukota.shared.PerformanceFigure;
import org.satukota.survei.IkmCategory;

/**
 * Combines the figures of several units (a unit with everything below it) into one figure per measure: counts and
 * met counts are added; a measured value is averaged weighted by each unit's count (for the IKM this equals
 * pooling all answers; for a median it is the count-weighted mean of the units' medians).
 */
final class Figures {

	/** One measure of one row, ready to show. */
	record Cell(String measure, long total, Long met, Double value, String valueUnit) {

		/** The share that met the target in percent with one decimal, or {@code null}. */
		public BigDecimal metPercent() {
			if (met == null || total == 0) {
				return null;
			}
			return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
		}

		/** The value rounded to two decimals (half up), or {@code null}. */
		public BigDecimal roundedValue() {
			return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		}

		/** The IKM category, for the IKM measure only. */
		public IkmCategory category() {
			return IkmCategory.PERFORMANCE_MEASURE.equals(measure) && value != null ? IkmCategory.of(roundedValue())
					: null;
		}
	}

	private Figures() {
	}

	/** The measures present, sorted by key so that columns group per module. */
	static List<String> measures(Collection<PerformanceFigure> figures) {
		return figures.stream().map(PerformanceFigure::measure).distinct().sorted().toList();
	}

	static Map<String, Cell> combine(Collection<PerformanceFigure> figures, Set<Long> unitIds) {
		Map<String, Sum> sums = new TreeMap<>();
		for (PerformanceFigure f : figures) {
			if (unitIds.contains(f.unitId())) {
				sums.computeIfAbsent(f.measure(), k -> new Sum()).add(f);
			}
		}
		Map<String, Cell> cells = new LinkedHashMap<>();
		sums.forEach((measure, sum) -> cells.put(measure, sum.cell(measure)));
		return cells;
	}

	/** Running totals of one measure. */
	private static final class Sum {

		long total;

		Long met;

		double weightedValues;

		long valueWeights;

		double plainValues;

		int valueCount;

		String valueUnit;

		void add(PerformanceFigure f) {
			total += f.total();
			if (f.met() != null) {
				met = (met == null ? 0 : met) + f.met();
			}
			if (f.value() != null) {
				weightedValues += f.value() * f.total();
				valueWeights += f.total();
				plainValues += f.value();
				valueCount++;
				if (valueUnit == null) {
					valueUnit = f.valueUnit();
				}
			}
		}

		Cell cell(String measure) {
			Double value = valueCount == 0 ? null
					: valueWeights > 0 ? Double.valueOf(weightedValues / valueWeights) : Double.valueOf(plainValues / valueCount);
			return new Cell(measure, total, met, value, valueUnit);
		}
	}
}
