package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.kendali.internal.Records.Call;
import org.satukota.kendali.internal.Records.FieldUnit;
import org.satukota.kendali.internal.Records.Incident;
import org.satukota.kendali.internal.Records.IncidentEvent;
import org.satukota.kendali.internal.Records.IncidentType;
import org.springframework.stereotype.Component;

/** Builds what the console, the field page and the wall show. */
@Component
class KendaliViews {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

	record UnitRow(long id, long agencyId, String callSign, String name, FieldUnitKind kind, UnitStatus status,
			String since, long minutes, boolean stale, Long incidentId, String incidentNumber, Long lastEventId,
			Double latitude, Double longitude) {

		public String statusClass() {
			return status.cssClass();
		}
	}

	record AgencyBoard(long agencyId, String code, String name, List<UnitRow> units) {

		public long available() {
			return units.stream().filter(u -> u.status() == UnitStatus.AVAILABLE).count();
		}
	}

	record AssignmentRow(long agencyId, String agencyName, AssignmentState state, List<UnitRow> engaged,
			List<UnitRow> available) {
	}

	record TimelineRow(String time, String kind, String agencyName, String by, String reason, String detail) {
	}

	record IncidentDetail(Incident incident, String kelurahanName, String reportedAt, String receivedAt,
			String recordedAt, String closedAt, List<Call> calls, List<AssignmentRow> assignments,
			List<TimelineRow> timeline, List<UnitView> agencies, List<Long> proposedAgencies) {
	}

	record IncidentRow(long id, String number, String typeName, String typeCode, Priority priority,
			IncidentStatus status, String place, String receivedAt, long ageMinutes, Double latitude,
			Double longitude) {

		public String statusClass() {
			return "kdl-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	private final KendaliRepository repository;

	private final Units units;

	private final Dispatching dispatching;

	private final KendaliProperties properties;

	private final Clock clock;

	KendaliViews(KendaliRepository repository, Units units, Dispatching dispatching, KendaliProperties properties,
			Clock clock) {
		this.repository = repository;
		this.units = units;
		this.dispatching = dispatching;
		this.properties = properties;
		this.clock = clock;
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone()));
	}

	/** Active OPDs: the agencies incidents can be dispatched to. */
	List<UnitView> agencies() {
		return units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD).toList();
	}

	List<UnitView> kelurahan() {
		return units.activeUnits()
			.stream()
			.filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA)
			.sorted(Comparator.comparing(UnitView::name))
			.toList();
	}

	public String unitName(Long id) {
		return id == null ? "" : units.find(id).map(UnitView::name).orElse("#" + id);
	}

	List<IncidentRow> openIncidents() {
		return rows(repository.openIncidents());
	}

	List<IncidentRow> rows(List<Incident> incidents) {
		Instant now = clock.instant();
		List<IncidentRow> rows = new ArrayList<>();
		for (Incident i : incidents) {
			String place = i.address() != null ? i.address() : unitName(i.kelurahanId());
			if (i.address() != null && i.kelurahanId() != null) {
				place = i.address() + ", " + unitName(i.kelurahanId());
			}
			rows.add(new IncidentRow(i.id(), i.number(), i.typeName(), i.typeCode(), i.priority(), i.status(), place,
					time(i.receivedAt()), Math.max(0, Duration.between(i.receivedAt(), now).toMinutes()), i.latitude(),
					i.longitude()));
		}
		return rows;
	}

	/** Every active unit by agency with its derived status and whether it is stuck. */
	List<AgencyBoard> board(List<Long> onlyAgencies) {
		Instant now = clock.instant();
		StaleThresholds thresholds = properties.thresholds();
		Map<Long, UnitEvent> current = new HashMap<>();
		repository.currentUnitEvents().forEach(e -> current.put(e.fieldUnitId(), e));
		Map<Long, String> numbers = new HashMap<>();
		Map<Long, List<UnitRow>> byAgency = new LinkedHashMap<>();
		for (FieldUnit unit : repository.fieldUnits(true)) {
			if (onlyAgencies != null && !onlyAgencies.contains(unit.agencyId())) {
				continue;
			}
			byAgency.computeIfAbsent(unit.agencyId(), k -> new ArrayList<>())
				.add(row(unit, current.get(unit.id()), now, thresholds, numbers));
		}
		List<AgencyBoard> boards = new ArrayList<>();
		byAgency.forEach((agencyId, rows) -> {
			UnitView agency = units.find(agencyId).orElse(null);
			boards.add(new AgencyBoard(agencyId, agency == null ? "?" : agency.code(),
					agency == null ? "#" + agencyId : agency.name(), rows));
		});
		boards.sort(Comparator.comparing(AgencyBoard::code));
		return boards;
	}

	private UnitRow row(FieldUnit unit, UnitEvent event, Instant now, StaleThresholds thresholds,
			Map<Long, String> numbers) {
		UnitStatusHistory history = UnitStatusHistory.of(event == null ? List.of() : List.of(event));
		Long incidentId = history.incidentId();
		String number = incidentId == null ? null
				: numbers.computeIfAbsent(incidentId, id -> repository.incident(id).map(Incident::number).orElse("?"));
		return new UnitRow(unit.id(), unit.agencyId(), unit.callSign(), unit.name(), unit.kind(), history.status(),
				event == null ? "" : time(event.occurredAt()), history.inStatusFor(now).toMinutes(),
				history.stale(now, thresholds), incidentId, number, event == null ? null : event.id(),
				event == null ? null : event.latitude(), event == null ? null : event.longitude());
	}

	Optional<IncidentDetail> incident(long id) {
		return repository.incident(id).map(this::detail);
	}

	private IncidentDetail detail(Incident incident) {
		List<IncidentEvent> events = repository.incidentEvents(incident.id());
		Map<Long, AssignmentState> states = dispatching.assignments(incident.id());
		List<AgencyBoard> boards = board(new ArrayList<>(states.keySet()));
		List<AssignmentRow> assignments = new ArrayList<>();
		states.forEach((agencyId, state) -> {
			List<UnitRow> rows = boards.stream().filter(b -> b.agencyId() == agencyId).findFirst()
				.map(AgencyBoard::units).orElse(List.of());
			assignments.add(new AssignmentRow(agencyId, unitName(agencyId), state,
					rows.stream().filter(r -> r.incidentId() != null && r.incidentId() == incident.id()).toList(),
					rows.stream().filter(r -> r.status().dispatchable()).toList()));
		});
		List<TimelineRow> timeline = new ArrayList<>();
		for (IncidentEvent e : events) {
			timeline.add(new TimelineRow(time(e.occurredAt()), e.kind(), e.agencyId() == null ? null : unitName(e.agencyId()),
					e.recordedBy(), e.reason(), e.detail()));
		}
		List<Long> proposed = new ArrayList<>();
		repository.typeVersions(incident.typeCode()).stream().findFirst().ifPresent(type -> {
			for (String code : type.defaultAgencies()) {
				units.findByCode(code).ifPresent(u -> proposed.add(u.id()));
			}
		});
		return new IncidentDetail(incident, unitName(incident.kelurahanId()), time(incident.reportedAt()),
				time(incident.receivedAt()), time(incident.recordedAt()), time(incident.closedAt()),
				repository.callsOf(incident.id()), assignments, timeline, agencies(), proposed);
	}

	/** Current types as a tree: each top-level type followed by its children. */
	List<IncidentType> typeTree(boolean activeOnly) {
		List<IncidentType> all = repository.currentTypes().stream().filter(t -> !activeOnly || t.active()).toList();
		List<IncidentType> ordered = new ArrayList<>();
		for (IncidentType top : all) {
			if (top.parentCode() == null) {
				ordered.add(top);
				all.stream().filter(t -> top.code().equals(t.parentCode())).forEach(ordered::add);
			}
		}
		all.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
		return ordered;
	}
}
