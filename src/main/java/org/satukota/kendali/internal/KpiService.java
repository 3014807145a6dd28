package org.satukota.kendali.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.satukota.directory.Units;
import org.satukota.kendali.internal.Records.Call;
import org.satukota.kendali.internal.Records.FieldUnit;
import org.satukota.kendali.internal.Records.Incident;
import org.satukota.kendali.internal.Records.IncidentEvent;
import org.satukota.kendali.internal.Records.IncidentType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects the time facts of a period from the stored events and hands them to {@link ResponseKpis}. */
@Service
class KpiService {

	record Facts(List<ResponseKpis.IncidentFacts> incidents, List<ResponseKpis.CallFacts> calls) {
	}

	private final KendaliRepository repository;

	private final KendaliProperties properties;

	private final Units units;

	KpiService(KendaliRepository repository, KendaliProperties properties, Units units) {
		this.repository = repository;
		this.properties = properties;
		this.units = units;
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	/** Days {@code from} (inclusive) to {@code until} (exclusive) in the city's zone. */
	@Transactional(readOnly = true)
	ResponseKpis.Report report(LocalDate from, LocalDate until, Long agencyId, String typeCode) {
		Facts facts = facts(from.atStartOfDay(zone()).toInstant(), until.atStartOfDay(zone()).toInstant(), typeCode);
		return ResponseKpis.compute(facts.incidents(), facts.calls(), agencyId, properties.targets());
	}

	@Transactional(readOnly = true)
	ResponseKpis.Report report(Instant from, Instant until) {
		Facts facts = facts(from, until, null);
		return ResponseKpis.compute(facts.incidents(), facts.calls(), null, properties.targets());
	}

	@Transactional(readOnly = true)
	Facts facts(Instant from, Instant until, String typeCode) {
		Map<String, String> parents = new HashMap<>();
		for (IncidentType type : repository.currentTypes()) {
			if (type.parentCode() != null) {
				parents.put(type.code(), type.parentCode());
			}
		}
		List<Incident> incidents = repository.incidentsReceived(from, until)
			.stream()
			.filter(i -> typeCode == null || typeCode.equals(i.typeCode()) || typeCode.equals(parents.get(i.typeCode())))
			.toList();
		List<Long> ids = incidents.stream().map(Incident::id).toList();
		Map<Long, List<IncidentEvent>> agencyEvents = repository.agencyEvents(ids)
			.stream()
			.collect(Collectors.groupingBy(IncidentEvent::incidentId));
		Map<Long, List<UnitEvent>> unitEvents = repository.effectiveEventsOfUnitsOn(ids, from.minus(Duration.ofDays(1)))
			.stream()
			.collect(Collectors.groupingBy(UnitEvent::fieldUnitId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, Long> agencyOfUnit = repository.fieldUnits(false)
			.stream()
			.collect(Collectors.toMap(FieldUnit::id, FieldUnit::agencyId));
		List<Call> calls = repository.callsReceived(from, until);
		Map<Long, Instant> firstAnswered = new HashMap<>();
		for (Call call : calls) {
			if (call.incidentId() != null && call.answeredAt() != null) {
				firstAnswered.merge(call.incidentId(), call.answeredAt(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}

		List<ResponseKpis.IncidentFacts> facts = new ArrayList<>();
		for (Incident incident : incidents) {
			Map<Long, List<IncidentEvent>> byAgency = agencyEvents.getOrDefault(incident.id(), List.of())
				.stream()
				.collect(Collectors.groupingBy(IncidentEvent::agencyId, LinkedHashMap::new, Collectors.toList()));
			List<ResponseKpis.AssignmentFacts> assignments = new ArrayList<>();
			byAgency.forEach((agencyId, events) -> {
				Instant notified = first(events, "AGENCY_NOTIFIED");
				Instant acknowledged = first(events, "AGENCY_ACKNOWLEDGED");
				Instant enRoute = null;
				Instant onScene = null;
				Instant clear = null;
				for (Map.Entry<Long, List<UnitEvent>> unit : unitEvents.entrySet()) {
					if (!Objects.equals(agencyOfUnit.get(unit.getKey()), agencyId)) {
						continue;
					}
					UnitTimes times = UnitTimes.of(unit.getValue(), incident.id());
					enRoute = min(enRoute, times.enRoute());
					onScene = min(onScene, times.onScene());
					clear = max(clear, times.clear());
				}
				if (notified != null) {
					assignments.add(new ResponseKpis.AssignmentFacts(agencyId, notified, acknowledged, enRoute, onScene,
							clear));
				}
			});
			facts.add(new ResponseKpis.IncidentFacts(incident.id(), incident.typeCode(), incident.receivedAt(),
					firstAnswered.get(incident.id()), incident.closedAt(), incident.disposition(),
					incident.responseTargetSeconds(), assignments));
		}
		List<ResponseKpis.CallFacts> callFacts = calls.stream()
			.map(c -> new ResponseKpis.CallFacts(c.receivedAt(), c.answeredAt(), c.classification(), c.incidentId()))
			.toList();
		return new Facts(facts, callFacts);
	}

	/** One unit's first en route and on scene for an incident, and when it left the scene. */
	record UnitTimes(Instant enRoute, Instant onScene, Instant clear) {

		static UnitTimes of(List<UnitEvent> effectiveInOrder, long incidentId) {
			Instant enRoute = null;
			Instant onScene = null;
			Instant clear = null;
			List<UnitEvent> sorted = effectiveInOrder.stream()
				.sorted(Comparator.comparing(UnitEvent::occurredAt).thenComparingLong(UnitEvent::id))
				.toList();
			for (UnitEvent e : sorted) {
				boolean mine = e.incidentId() != null && e.incidentId() == incidentId;
				if (onScene != null && clear == null && e.status() != UnitStatus.ON_SCENE) {
					clear = e.occurredAt();
				}
				if (mine && e.status() == UnitStatus.EN_ROUTE && enRoute == null) {
					enRoute = e.occurredAt();
				}
				if (mine && e.status() == UnitStatus.ON_SCENE && onScene == null) {
					onScene = e.occurredAt();
				}
			}
			return new UnitTimes(enRoute, onScene, clear);
		}
	}

	private static Instant first(List<IncidentEvent> events, String kind) {
		return events.stream().filter(e -> e.kind().equals(kind)).map(IncidentEvent::occurredAt).min(Comparator.naturalOrder())
			.orElse(null);
	}

	private static Instant min(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	/** Agencies that took part in any incident of the facts. */
	static Set<Long> agenciesIn(Facts facts) {
		return facts.incidents()
			.stream()
			.flatMap(i -> i.assignments().stream())
			.map(ResponseKpis.AssignmentFacts::agencyId)
			.collect(Collectors.toSet());
	}
}
