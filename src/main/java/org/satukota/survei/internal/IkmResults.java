package org.satukota.survei.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.survei.IkmCategory;
import org.satukota.survei.internal.IkmArithmetic.Tally;
import org.satukota.survei.internal.QuestionSets.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * IKM results for a unit (alone or with every unit below it, e.g. an OPD or a kecamatan with its kelurahan), an
 * optional service and a period. Answers of every question-set version are combined per element code.
 */
@Component
class IkmResults {

	record Scope(UnitView unit, boolean includeBelow, String serviceKey, LocalDate from, LocalDate until) {
	}

	record ElementRow(int number, String code, String name, BigDecimal nrr, BigDecimal weighted) {
	}

	record ServiceRow(String key, String name, long respondents, BigDecimal converted, IkmCategory category) {
	}

	/** {@code index}, {@code converted} and {@code category} are {@code null} without respondents. */
	record Report(Scope scope, long respondents, List<ElementRow> elements, BigDecimal index, BigDecimal converted,
			IkmCategory category, List<ServiceRow> services, Map<String, Map<String, Long>> profile) {

		public boolean empty() {
			return respondents == 0;
		}

		public BigDecimal weightedTotal() {
			return index;
		}
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final QuestionSets questionSets;

	private final WorkingCalendar calendar;

	IkmResults(JdbcClient jdbc, Units units, QuestionSets questionSets, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.units = units;
		this.questionSets = questionSets;
		this.calendar = calendar;
	}

	Report report(Scope scope) {
		List<Long> unitIds = unitIds(scope.unit(), scope.includeBelow());
		Map<String, Object> params = params(scope, unitIds);
		String where = where(scope);
		long respondents = jdbc.sql("SELECT count(*) FROM ikm_response r WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Element> names = questionSets.everyElement();
		Map<String, Tally> tallies = new LinkedHashMap<>();
		jdbc.sql("SELECT a.code, sum(a.value) AS s, count(*) AS c FROM ikm_answer a JOIN ikm_response r "
				+ "ON r.id = a.response_id WHERE " + where + " GROUP BY a.code")
			.params(params)
			.query((rs, i) -> new Tally(rs.getString("code"), rs.getLong("s"), rs.getLong("c")))
			.list()
			.forEach(t -> tallies.put(t.code(), t));
		List<Tally> ordered = new ArrayList<>();
		List<Element> shown = new ArrayList<>();
		for (Element element : names) {
			Tally tally = tallies.get(element.code());
			if (tally != null) {
				ordered.add(tally);
				shown.add(element);
			}
		}
		if (ordered.isEmpty()) {
			return new Report(scope, respondents, List.of(), null, null, null, List.of(), Map.of());
		}
		IkmArithmetic.Result result = IkmArithmetic.compute(ordered);
		List<ElementRow> rows = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			var e = result.elements().get(i);
			rows.add(new ElementRow(i + 1, e.code(), shown.get(i).name(), e.nrr(), e.weighted()));
		}
		return new Report(scope, respondents, rows, result.index(), result.converted(), result.category(),
				services(scope, params, where, names), profile(params, where));
	}

	/** IKM per unit (that unit's own responses) in a period: respondents and converted value, unrounded. */
	Map<Long, double[]> perUnit(LocalDate from, LocalDate until) {
		ZoneId zone = calendar.zone();
		Map<Long, Map<String, Tally>> byUnit = new TreeMap<>();
		jdbc.sql("""
				SELECT r.unit_id, a.code, sum(a.value) AS s, count(*) AS c FROM ikm_answer a
				JOIN ikm_response r ON r.id = a.response_id
				WHERE r.answered_at >= :from AND r.answered_at < :until GROUP BY r.unit_id, a.code""")
			.param("from", QuestionSets.ts(from.atStartOfDay(zone).toInstant()))
			.param("until", QuestionSets.ts(until.atStartOfDay(zone).toInstant()))
			.query((rs, i) -> {
				byUnit.computeIfAbsent(rs.getLong("unit_id"), k -> new LinkedHashMap<>())
					.put(rs.getString("code"), new Tally(rs.getString("code"), rs.getLong("s"), rs.getLong("c")));
				return null;
			})
			.list();
		Map<Long, Long> respondents = new TreeMap<>();
		jdbc.sql("""
				SELECT unit_id, count(*) AS n FROM ikm_response WHERE answered_at >= :from AND answered_at < :until
				GROUP BY unit_id""")
			.param("from", QuestionSets.ts(from.atStartOfDay(zone).toInstant()))
			.param("until", QuestionSets.ts(until.atStartOfDay(zone).toInstant()))
			.query((rs, i) -> respondents.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		Map<Long, double[]> result = new TreeMap<>();
		byUnit.forEach((unitId, tallies) -> {
			IkmArithmetic.Result r = IkmArithmetic.compute(List.copyOf(tallies.values()));
			result.put(unitId, new double[] { respondents.getOrDefault(unitId, 0L), r.convertedUnrounded().doubleValue() });
		});
		return result;
	}

	private List<ServiceRow> services(Scope scope, Map<String, Object> params, String where, List<Element> names) {
		Map<String, String> serviceNames = new TreeMap<>();
		Map<String, Long> serviceRespondents = new LinkedHashMap<>();
		jdbc.sql("SELECT service_key, max(service_name) AS name, count(*) AS n FROM ikm_response r WHERE " + where
				+ " GROUP BY service_key ORDER BY max(service_name)")
			.params(params)
			.query((rs, i) -> {
				serviceNames.put(rs.getString("service_key"), rs.getString("name"));
				serviceRespondents.put(rs.getString("service_key"), rs.getLong("n"));
				return null;
			})
			.list();
		Map<String, List<Tally>> tallies = new LinkedHashMap<>();
		jdbc.sql("SELECT r.service_key, a.code, sum(a.value) AS s, count(*) AS c FROM ikm_answer a JOIN ikm_response r "
				+ "ON r.id = a.response_id WHERE " + where + " GROUP BY r.service_key, a.code")
			.params(params)
			.query((rs, i) -> tallies.computeIfAbsent(rs.getString("service_key"), k -> new ArrayList<>())
				.add(new Tally(rs.getString("code"), rs.getLong("s"), rs.getLong("c"))))
			.list();
		List<ServiceRow> rows = new ArrayList<>();
		serviceRespondents.forEach((key, n) -> {
			List<Tally> t = tallies.get(key);
			if (t != null) {
				IkmArithmetic.Result r = IkmArithmetic.compute(t);
				rows.add(new ServiceRow(key, serviceNames.get(key), n, r.converted(), r.category()));
			}
		});
		return rows;
	}

	private Map<String, Map<String, Long>> profile(Map<String, Object> params, String where) {
		Map<String, Map<String, Long>> profile = new LinkedHashMap<>();
		Map<String, String> columns = Map.of("jenisKelamin", "gender", "usia", "age_band", "pendidikan", "education",
				"pekerjaan", "occupation");
		for (String field : Respondent.FIELDS) {
			Map<String, Long> counts = new LinkedHashMap<>();
			Respondent.CHOICES.get(field).forEach(code -> counts.put(code, 0L));
			counts.put("", 0L);
			jdbc.sql("SELECT coalesce(" + columns.get(field) + ", '') AS v, count(*) AS n FROM ikm_response r WHERE "
					+ where + " GROUP BY 1")
				.params(params)
				.query((rs, i) -> counts.put(rs.getString("v"), rs.getLong("n")))
				.list();
			profile.put(field, counts);
		}
		return profile;
	}

	private List<Long> unitIds(UnitView unit, boolean includeBelow) {
		List<Long> ids = new ArrayList<>();
		ids.add(unit.id());
		if (includeBelow) {
			// Walk the active tree read once: every unit whose chain of parents reaches this unit.
			List<UnitView> all = units.activeUnits();
			Map<Long, Long> parents = new java.util.HashMap<>();
			all.forEach(u -> parents.put(u.id(), u.parentId()));
			for (UnitView u : all) {
				Long current = u.parentId();
				for (int depth = 0; current != null && depth < 32 && u.id() != unit.id(); depth++) {
					if (current == unit.id()) {
						ids.add(u.id());
						break;
					}
					current = parents.get(current);
				}
			}
		}
		return ids;
	}

	private Map<String, Object> params(Scope scope, List<Long> unitIds) {
		ZoneId zone = calendar.zone();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("units", unitIds);
		params.put("from", QuestionSets.ts(scope.from().atStartOfDay(zone).toInstant()));
		params.put("until", QuestionSets.ts(scope.until().atStartOfDay(zone).toInstant()));
		if (scope.serviceKey() != null) {
			params.put("service", scope.serviceKey());
		}
		return params;
	}

	private static String where(Scope scope) {
		return "r.unit_id IN (:units) AND r.answered_at >= :from AND r.answered_at < :until"
				+ (scope.serviceKey() != null ? " AND r.service_key = :service" : "");
	}
}
