package org.satukota.kendali.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The command center's response-time arithmetic, pure and without Spring so it can be checked on fixed data.
 *
 * <p><b>Percentile:</b> nearest rank. The p-th percentile of n values sorted ascending is the value at 1-based rank
 * {@code ceil(p/100 × n)}; for 10 values p90 is the 9th, for 1 value it is that value, for none it is absent.
 * <b>Mean:</b> the arithmetic mean. <b>Within target:</b> a value equal to the target counts as within.
 * Incidents closed as false reports or cancelled are left out of every incident and agency measure and counted
 * separately; a negative interval (a clock or entry error) is left out of its measure. With an agency filter, only
 * incidents that agency was dispatched to count, and dispatch, arrival and agency measures use that agency's own
 * times. Call figures always cover every call of the period.
 */
final class ResponseKpis {

	static final List<String> MEASURES = List.of("answer", "processing", "acknowledge", "turnout", "travel",
			"response", "on-scene", "close");

	/** The time facts of one agency's part in an incident. */
	record AssignmentFacts(long agencyId, Instant notified, Instant acknowledged, Instant firstEnRoute,
			Instant firstOnScene, Instant lastClear) {
	}

	/** The time facts of one incident. {@code received}: the first call, or when recorded without a call. */
	record IncidentFacts(long incidentId, String typeCode, Instant received, Instant firstAnswered, Instant closed,
			Disposition disposition, Integer responseTargetSeconds, List<AssignmentFacts> assignments) {

		IncidentFacts {
			assignments = List.copyOf(assignments);
		}
	}

	/** One call; {@code answered} is {@code null} for an abandoned call. */
	record CallFacts(Instant received, Instant answered, CallClassification classification, Long incidentId) {
	}

	/** Targets that do not depend on the incident type (the response target comes from the type). */
	record Targets(Duration answer, Duration processing) {

		static Targets defaults() {
			return new Targets(Duration.ofSeconds(15), Duration.ofSeconds(60));
		}
	}

	/**
	 * One measure: how many values, their p90 and mean in seconds, and how many of those with a target met it.
	 * {@code withTarget} is 0 when no value had a target.
	 */
	record Measure(String key, int count, Double p90Seconds, Double meanSeconds, int withTarget, int withinTarget,
			Long targetSeconds) {

		public Double withinPercent() {
			return withTarget == 0 ? null : 100.0 * withinTarget / withTarget;
		}

		public String p90Text() {
			return clock(p90Seconds);
		}

		public String meanText() {
			return clock(meanSeconds);
		}
	}

	/** Seconds as {@code m:ss} (or {@code h:mm:ss} from an hour), rounded to the second; a dash when absent. */
	static String clock(Double seconds) {
		if (seconds == null) {
			return "—";
		}
		long s = Math.round(seconds);
		return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
				: String.format("%d:%02d", s / 60, s % 60);
	}

	record CallFigures(int offered, int answered, int abandoned, int emergency, int information, int prank, int ghost,
			int duplicate, Double prankGhostPercent, Double callsPerIncident) {
	}

	record Report(Map<String, Measure> measures, CallFigures calls, int incidents, int counted,
			Map<Disposition, Integer> excluded) {

		public Measure measure(String key) {
			return measures.get(key);
		}

		public int excludedTotal() {
			return excluded.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private ResponseKpis() {
	}

	/** Nearest-rank percentile of {@code values} (any order); {@code null} for an empty list. */
	static Double percentile(Collection<Double> values, int p) {
		if (p < 1 || p > 100) {
			throw new IllegalArgumentException("percentile must be 1..100");
		}
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	static Report compute(List<IncidentFacts> incidents, List<CallFacts> calls, Long agencyId, Targets targets) {
		Map<String, Samples> samples = new LinkedHashMap<>();
		for (String key : MEASURES) {
			samples.put(key, new Samples());
		}
		Long answerTarget = targets.answer() == null ? null : targets.answer().toSeconds();
		Long processingTarget = targets.processing() == null ? null : targets.processing().toSeconds();
		for (CallFacts call : calls) {
			if (call.answered() != null) {
				samples.get("answer").add(between(call.received(), call.answered()), answerTarget);
			}
		}

		Map<Disposition, Integer> excluded = new TreeMap<>();
		int considered = 0;
		int counted = 0;
		for (IncidentFacts incident : incidents) {
			List<AssignmentFacts> mine = incident.assignments()
				.stream()
				.filter(a -> agencyId == null || a.agencyId() == agencyId)
				.toList();
			if (agencyId != null && mine.isEmpty()) {
				continue;
			}
			considered++;
			if (incident.disposition() != null && incident.disposition().excludedFromResponseTimes()) {
				excluded.merge(incident.disposition(), 1, Integer::sum);
				continue;
			}
			counted++;
			Instant answered = incident.firstAnswered() != null ? incident.firstAnswered() : incident.received();
			Instant notified = earliest(mine.stream().map(AssignmentFacts::notified).toList());
			Instant onScene = earliest(mine.stream().map(AssignmentFacts::firstOnScene).toList());
			Long responseTarget = incident.responseTargetSeconds() == null ? null
					: incident.responseTargetSeconds().longValue();
			samples.get("processing").add(between(answered, notified), processingTarget);
			samples.get("response").add(between(incident.received(), onScene), responseTarget);
			samples.get("close").add(between(incident.received(), incident.closed()), null);
			for (AssignmentFacts a : mine) {
				samples.get("acknowledge").add(between(a.notified(), a.acknowledged()), null);
				samples.get("turnout").add(between(a.notified(), a.firstEnRoute()), null);
				samples.get("travel").add(between(a.firstEnRoute(), a.firstOnScene()), null);
				samples.get("on-scene").add(between(a.firstOnScene(), a.lastClear()), null);
			}
		}

		Map<String, Measure> measures = new LinkedHashMap<>();
		samples.forEach((key, s) -> measures.put(key, s.measure(key)));
		return new Report(measures, callFigures(calls, incidents.size()), considered, counted, excluded);
	}

	static CallFigures callFigures(List<CallFacts> calls, int incidentsInPeriod) {
		int answered = 0;
		int[] byClass = new int[CallClassification.values().length];
		int linked = 0;
		for (CallFacts call : calls) {
			if (call.answered() != null) {
				answered++;
				byClass[call.classification().ordinal()]++;
			}
			if (call.incidentId() != null) {
				linked++;
			}
		}
		int prank = byClass[CallClassification.PRANK.ordinal()];
		int ghost = byClass[CallClassification.GHOST.ordinal()];
		Double prankGhost = answered == 0 ? null : 100.0 * (prank + ghost) / answered;
		Double perIncident = incidentsInPeriod == 0 ? null : (double) linked / incidentsInPeriod;
		return new CallFigures(calls.size(), answered, calls.size() - answered,
				byClass[CallClassification.EMERGENCY.ordinal()], byClass[CallClassification.INFORMATION.ordinal()],
				prank, ghost, byClass[CallClassification.DUPLICATE.ordinal()], prankGhost, perIncident);
	}

	private static Instant earliest(List<Instant> instants) {
		return instants.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	/** Seconds from {@code from} to {@code to} (millisecond precision), or {@code null} when either is missing. */
	private static Double between(Instant from, Instant to) {
		if (from == null || to == null) {
			return null;
		}
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	private static final class Samples {

		private final List<Double> values = new ArrayList<>();

		private int withTarget;

		private int within;

		private Long target;

		void add(Double seconds, Long targetSeconds) {
			if (seconds == null || seconds < 0) {
				return;
			}
			values.add(seconds);
			if (targetSeconds != null) {
				withTarget++;
				if (seconds <= targetSeconds) {
					within++;
				}
				// Shown next to the measure only when every value with a target shares it.
				target = withTarget == 1 || Objects.equals(target, targetSeconds) ? targetSeconds : Long.valueOf(-1);
			}
		}

		public Measure measure(String key) {
			Double mean = values.isEmpty() ? null
					: values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			Long shown = target == null || target < 0 ? null : target;
			return new Measure(key, values.size(), percentile(values, 90), mean, withTarget, within, shown);
		}
	}
}
