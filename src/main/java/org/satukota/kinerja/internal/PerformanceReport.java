package org.satukota.kinerja.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.kinerja.internal.Figures.Cell;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the figures of every module that contributes a {@link PerformanceSource} and arranges them per unit.
 * A module whose source fails is left out of the report (and logged) rather than breaking the page.
 */
@Component
class PerformanceReport {

	private static final Logger log = LoggerFactory.getLogger(PerformanceReport.class);

	/** A year, or one month of it. */
	record Period(int year, Integer month) {

		LocalDate from() {
			return month == null ? LocalDate.of(year, 1, 1) : YearMonth.of(year, month).atDay(1);
		}

		LocalDate until() {
			return month == null ? LocalDate.of(year + 1, 1, 1) : YearMonth.of(year, month).plusMonths(1).atDay(1);
		}

		static Period of(Integer year, Integer month, LocalDate today) {
			int y = year == null || year < 2000 || year > 2100 ? today.getYear() : year;
			return new Period(y, month == null || month < 1 || month > 12 ? null : month);
		}
	}

	/** One unit's row: its own figures when {@code includeBelow} is false, else with every unit below it. */
	record Row(UnitView unit, boolean includeBelow, Map<String, Cell> cells) {

		public Cell cell(String measure) {
			return cells.get(measure);
		}

		public boolean empty() {
			return cells.isEmpty();
		}
	}

	/** The figures of a period, per unit. */
	record Table(List<String> measures, Row total, List<Row> rows) {
	}

	private final ObjectProvider<PerformanceSource> sources;

	private final Units units;

	PerformanceReport(ObjectProvider<PerformanceSource> sources, Units units) {
		this.sources = sources;
		this.units = units;
	}

	/** The active tree read once per report, so that placing each figure costs no query. */
	private static final class Tree {

		private final java.util.Map<Long, Long> parents = new java.util.HashMap<>();

		Tree(List<UnitView> units) {
			units.forEach(u -> parents.put(u.id(), u.parentId()));
		}

		boolean isWithin(long unitId, long ancestorId) {
			Long current = unitId;
			for (int depth = 0; current != null && depth < 32; depth++) {
				if (current == ancestorId) {
					return true;
				}
				current = parents.get(current);
			}
			return false;
		}
	}

	List<PerformanceFigure> figures(Period period) {
		List<PerformanceFigure> figures = new ArrayList<>();
		sources.orderedStream().forEach(source -> {
			try {
				figures.addAll(source.figures(period.from(), period.until()));
			}
			catch (RuntimeException failure) {
				log.warn("Performance source {} failed; its figures are left out of the report",
						source.getClass().getName(), failure);
			}
		});
		return figures;
	}

	/** The city as a whole, then every unit directly below it (OPDs and kecamatan), each with its subtree. */
	Table cityOverview(Period period) {
		List<PerformanceFigure> figures = figures(period);
		Tree tree = new Tree(units.activeUnits());
		UnitView city = units.city();
		List<Row> rows = units.children(city.id()).stream().map(u -> subtree(u, figures, tree)).toList();
		return new Table(Figures.measures(figures), subtree(city, figures, tree), rows);
	}

	/** One unit with its subtree, its own figures, and each unit directly below it with its subtree. */
	Table unit(UnitView unit, Period period) {
		List<PerformanceFigure> figures = figures(period);
		Tree tree = new Tree(units.activeUnits());
		List<UnitView> children = units.children(unit.id());
		List<Row> rows = new ArrayList<>();
		if (!children.isEmpty()) {
			rows.add(new Row(unit, false, Figures.combine(figures, Set.of(unit.id()))));
		}
		children.forEach(child -> rows.add(subtree(child, figures, tree)));
		return new Table(Figures.measures(figures), subtree(unit, figures, tree), rows);
	}

	/** One row per OPD (with any units below it), for the command center and the leadership. */
	Table perOpd(Period period) {
		List<PerformanceFigure> figures = figures(period);
		List<UnitView> active = units.activeUnits();
		Tree tree = new Tree(active);
		List<Row> rows = active.stream()
			.filter(u -> u.type() == UnitType.OPD)
			.map(u -> subtree(u, figures, tree))
			.toList();
		return new Table(Figures.measures(figures), subtree(units.city(), figures, tree), rows);
	}

	private static Row subtree(UnitView root, List<PerformanceFigure> figures, Tree tree) {
		Set<Long> ids = new HashSet<>();
		ids.add(root.id());
		for (PerformanceFigure f : figures) {
			if (!ids.contains(f.unitId()) && tree.isWithin(f.unitId(), root.id())) {
				ids.add(f.unitId());
			}
		}
		return new Row(root, true, Figures.combine(figures, ids));
	}
}
