package org.satukota.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by every module that contributes figures to the per-unit performance report, the command center's
 * per-OPD evaluation and the live open-data figures. Each figure is computed from the module's own records, so
 * every screen shows the same numbers.
 */
public interface PerformanceSource {

	/**
	 * Figures per unit for the days {@code from} (inclusive) to {@code until} (exclusive), counted in the city's
	 * time zone. Nothing personal and nothing confidential (rahasia) is ever part of a figure's breakdown.
	 */
	List<PerformanceFigure> figures(LocalDate from, LocalDate until);
}
