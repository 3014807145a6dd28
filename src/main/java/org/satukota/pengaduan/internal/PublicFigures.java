package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public figures page's table of a year, worked out at most once per {@code maxAge} on a node however many
 * people open the page. The table reads every disposed report of the city's history (about two seconds of database
 * time at a million complaints), and the page is open to anyone; the page says when its figures were worked out.
 * Staff reports and open data read {@link Figures} directly and are never held back.
 */
@Component
class PublicFigures {

	/** A year's table and when it was worked out. */
	record Table(List<Figures.Row> rows, Instant computedAt) {
	}

	// Years are few; the bound only keeps requests for arbitrary years from growing the map.
	private static final int YEARS_KEPT = 16;

	private final BiFunction<LocalDate, LocalDate, List<Figures.Row>> compute;

	private final Clock clock;

	private final Duration maxAge;

	private final Map<LocalDate, Table> tables = new ConcurrentHashMap<>();

	@Autowired
	PublicFigures(Figures figures, Clock clock,
			@Value("${satukota.pengaduan.public-figures-max-age:1m}") Duration maxAge) {
		this(figures::table, clock, maxAge);
	}

	PublicFigures(BiFunction<LocalDate, LocalDate, List<Figures.Row>> compute, Clock clock, Duration maxAge) {
		this.compute = compute;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	Table year(int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		Table held = tables.get(from);
		if (fresh(held)) {
			return held;
		}
		if (tables.size() >= YEARS_KEPT) {
			tables.clear();
		}
		// Callers asking for the same year while it is worked out wait for that one result instead of each
		// starting the same query.
		return tables.compute(from, (key, current) -> fresh(current) ? current
				: new Table(compute.apply(from, from.plusYears(1)), clock.instant()));
	}

	/** Worked out within the last {@code maxAge}; a table from the future (a clock set back) is not trusted. */
	private boolean fresh(Table table) {
		Instant now = clock.instant();
		return table != null && !now.isBefore(table.computedAt()) && now.isBefore(table.computedAt().plus(maxAge));
	}
}
