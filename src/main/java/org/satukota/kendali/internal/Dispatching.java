package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.kendali.AgencyAcknowledged;
import org.satukota.kendali.AgencyDispatched;
import org.satukota.kendali.AgencyReleased;
import org.satukota.kendali.AgencyUnable;
import org.satukota.kendali.CallLogged;
import org.satukota.kendali.IncidentClosed;
import org.satukota.kendali.IncidentCorrected;
import org.satukota.kendali.IncidentCreated;
import org.satukota.kendali.UnitStatusChanged;
import org.satukota.kendali.UnitStatusCorrected;
import org.satukota.kendali.internal.Records.FieldUnit;
import org.satukota.kendali.internal.Records.Incident;
import org.satukota.kendali.internal.Records.IncidentType;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls, incidents, agency dispatch and unit status: every decision appends an event row and publishes an audited
 * event in the same transaction; the incident's status column is recomputed from its events.
 */
@Service
class Dispatching {

	/** A call as the console validated it; incident fields are used for an emergency call only. */
	record NewCall(Instant receivedAt, Instant answeredAt, String callerNumber, String callerName, CallChannel channel,
			CallClassification classification, Long duplicateOf, String notes, NewIncident incident) {
	}

	record NewIncident(IncidentType type, Priority priority, Double latitude, Double longitude, Long kelurahanId,
			String address, String description, Instant reportedAt) {
	}

	record Logged(long callId, Long incidentId) {
	}

	private final KendaliRepository repository;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dispatching(KendaliRepository repository, Units units, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Logged logCall(NewCall call, Actor actor) {
		Instant now = clock.instant();
		Long incidentId = null;
		if (call.classification() == CallClassification.DUPLICATE) {
			Incident target = repository.lockIncident(call.duplicateOf())
				.orElseThrow(() -> new PolicyViolation("kendali.incident-unknown"));
			if (!target.status().open()) {
				throw new PolicyViolation("kendali.incident-closed", target.number());
			}
			incidentId = target.id();
		}
		else if (call.classification() == CallClassification.EMERGENCY) {
			NewIncident in = call.incident();
			if (!in.type().active()) {
				throw new PolicyViolation("kendali.type-retired", in.type().name());
			}
			long seq = repository.nextIncidentSequence();
			String number = String.format("KJD-%d-%06d", Year.now(clock.withZone(units.cityProfile().zone())).getValue(), seq);
			incidentId = repository.insertIncident(number, in.type().id(), in.priority(), in.latitude(), in.longitude(),
					in.kelurahanId(), in.address(), in.description(), in.reportedAt(), call.receivedAt(), now,
					actor.username());
			repository.appendIncidentEvent(incidentId, "CREATED", null, now, now, actor.username(), null, null);
			events.publishEvent(new IncidentCreated(incidentId, number, in.type().code(), actor, now));
		}
		long callId = repository.insertCall(call.receivedAt(), call.answeredAt(), call.callerNumber(), call.callerName(),
				call.channel(), call.classification(), incidentId, actor.username(), call.notes(), now);
		if (call.classification() == CallClassification.DUPLICATE) {
			repository.appendIncidentEvent(incidentId, "CALL_ATTACHED", null, now, now, actor.username(), null,
					String.valueOf(callId));
		}
		events.publishEvent(new CallLogged(callId, call.classification() == null ? null : call.classification().name(),
				incidentId, actor, now));
		return new Logged(callId, incidentId);
	}

	/** Notifies each agency not already working on the incident; returns how many were notified. */
	@Transactional
	int dispatch(long incidentId, List<Long> agencyIds, Actor actor) {
		Incident incident = openIncident(incidentId);
		if (agencyIds.isEmpty()) {
			throw new PolicyViolation("kendali.no-agency-chosen");
		}
		Instant now = clock.instant();
		Map<Long, AssignmentState> states = assignments(incident.id());
		int notified = 0;
		for (Long agencyId : agencyIds) {
			requireAgency(agencyId);
			AssignmentState state = states.get(agencyId);
			if (state != null && state.open()) {
				continue;
			}
			repository.appendIncidentEvent(incident.id(), "AGENCY_NOTIFIED", agencyId, now, now, actor.username(), null,
					null);
			events.publishEvent(new AgencyDispatched(incident.id(), agencyId, actor, now));
			notified++;
		}
		refreshStatus(incident.id());
		return notified;
	}

	@Transactional
	void acknowledge(long incidentId, long agencyId, Actor actor) {
		openIncident(incidentId);
		AssignmentState state = assignments(incidentId).get(agencyId);
		if (state != AssignmentState.NOTIFIED) {
			throw new PolicyViolation("kendali.assignment-not-waiting");
		}
		Instant now = clock.instant();
		repository.appendIncidentEvent(incidentId, "AGENCY_ACKNOWLEDGED", agencyId, now, now, actor.username(), null, null);
		events.publishEvent(new AgencyAcknowledged(incidentId, agencyId, actor, now));
		refreshStatus(incidentId);
	}

	@Transactional
	void unable(long incidentId, long agencyId, String reason, Actor actor) {
		openIncident(incidentId);
		requireReason(reason);
		AssignmentState state = assignments(incidentId).get(agencyId);
		if (state == null || !state.open()) {
			throw new PolicyViolation("kendali.assignment-not-open");
		}
		if (engagedUnits(incidentId, agencyId)) {
			throw new PolicyViolation("kendali.assignment-has-units");
		}
		Instant now = clock.instant();
		repository.appendIncidentEvent(incidentId, "AGENCY_UNABLE", agencyId, now, now, actor.username(), reason.strip(),
				null);
		events.publishEvent(new AgencyUnable(incidentId, agencyId, actor, now, reason.strip()));
		refreshStatus(incidentId);
	}

	@Transactional
	void release(long incidentId, long agencyId, Actor actor) {
		openIncident(incidentId);
		AssignmentState state = assignments(incidentId).get(agencyId);
		if (state == null || !state.open()) {
			throw new PolicyViolation("kendali.assignment-not-open");
		}
		if (committedUnits(incidentId, agencyId)) {
			throw new PolicyViolation("kendali.assignment-has-units");
		}
		Instant now = clock.instant();
		repository.appendIncidentEvent(incidentId, "AGENCY_RELEASED", agencyId, now, now, actor.username(), null, null);
		events.publishEvent(new AgencyReleased(incidentId, agencyId, actor, now));
		refreshStatus(incidentId);
	}

	/** Sends a unit to an incident its agency was dispatched to; acknowledges for the agency if it had not yet. */
	@Transactional
	void commitUnit(long incidentId, long fieldUnitId, Actor actor) {
		openIncident(incidentId);
		FieldUnit unit = repository.lockFieldUnit(fieldUnitId).filter(FieldUnit::active)
			.orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
		AssignmentState state = assignments(incidentId).get(unit.agencyId());
		if (state == null || !state.open()) {
			throw new PolicyViolation("kendali.agency-not-dispatched");
		}
		UnitStatusHistory history = UnitStatusHistory.of(repository.unitEvents(unit.id()));
		if (!history.status().dispatchable()) {
			throw new PolicyViolation("kendali.unit-not-available", unit.callSign());
		}
		Instant now = clock.instant();
		if (state == AssignmentState.NOTIFIED) {
			repository.appendIncidentEvent(incidentId, "AGENCY_ACKNOWLEDGED", unit.agencyId(), now, now,
					actor.username(), null, null);
			events.publishEvent(new AgencyAcknowledged(incidentId, unit.agencyId(), actor, now));
		}
		repository.appendUnitEvent(unit.id(), UnitStatus.DISPATCHED, incidentId, now, now, actor.username(), null, null,
				null, null);
		events.publishEvent(new UnitStatusChanged(unit.id(), unit.agencyId(), UnitStatus.DISPATCHED.name(), incidentId,
				actor, now));
		refreshStatus(incidentId);
	}

	/** A status change reported by the dispatcher or the unit itself. Engaged statuses keep the unit's incident. */
	@Transactional
	void changeStatus(long fieldUnitId, UnitStatus status, Double latitude, Double longitude, Actor actor) {
		FieldUnit unit = repository.lockFieldUnit(fieldUnitId).filter(FieldUnit::active)
			.orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
		if (status == UnitStatus.DISPATCHED) {
			throw new PolicyViolation("kendali.unit-dispatch-from-incident");
		}
		UnitStatusHistory history = UnitStatusHistory.of(repository.unitEvents(unit.id()));
		Long incidentId = status.engaged() ? history.incidentId() : null;
		if (status.engaged() && incidentId == null) {
			throw new PolicyViolation("kendali.unit-not-assigned", unit.callSign());
		}
		if (history.status() == status) {
			throw new PolicyViolation("kendali.unit-same-status", unit.callSign());
		}
		Instant now = clock.instant();
		repository.appendUnitEvent(unit.id(), status, incidentId, now, now, actor.username(), latitude, longitude, null,
				null);
		events.publishEvent(new UnitStatusChanged(unit.id(), unit.agencyId(), status.name(), incidentId, actor, now));
		Long touched = incidentId != null ? incidentId : history.incidentId();
		if (touched != null && repository.incident(touched).map(i -> i.status().open()).orElse(false)) {
			refreshStatus(touched);
		}
	}

	/** Replaces an effective status event by a new one (other status and/or time) with a reason; nothing is edited. */
	@Transactional
	void correctUnitEvent(long unitEventId, UnitStatus status, Instant occurredAt, String reason, Actor actor) {
		requireReason(reason);
		UnitEvent original = repository.unitEvent(unitEventId).orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
		FieldUnit unit = repository.lockFieldUnit(original.fieldUnitId()).orElseThrow();
		if (repository.isCorrected(unitEventId)) {
			throw new PolicyViolation("kendali.event-already-corrected");
		}
		Instant now = clock.instant();
		if (occurredAt.isAfter(now)) {
			throw new PolicyViolation("kendali.time-in-future");
		}
		Long incidentId = status.engaged() ? original.incidentId() : null;
		if (status.engaged() && incidentId == null) {
			throw new PolicyViolation("kendali.unit-not-assigned", unit.callSign());
		}
		repository.appendUnitEvent(unit.id(), status, incidentId, occurredAt, now, actor.username(), original.latitude(),
				original.longitude(), original.id(), reason.strip());
		events.publishEvent(new UnitStatusCorrected(unit.id(), original.id(), actor, now, reason.strip()));
		Long touched = original.incidentId();
		if (touched != null && repository.incident(touched).map(i -> i.status().open()).orElse(false)) {
			refreshStatus(touched);
		}
	}

	/** Fields of an incident that can be corrected; the old and new values are kept in the event's detail. */
	enum CorrectableField {
		TYPE, PRIORITY, ADDRESS, DESCRIPTION, REPORTED_AT, LOCATION
	}

	@Transactional
	void correct(long incidentId, CorrectableField field, Object value, String reason, Actor actor) {
		Incident incident = repository.lockIncident(incidentId).orElseThrow(() -> new PolicyViolation("kendali.incident-unknown"));
		requireReason(reason);
		String before;
		String after;
		switch (field) {
			case TYPE -> {
				IncidentType type = (IncidentType) value;
				if (!type.active()) {
					throw new PolicyViolation("kendali.type-retired", type.name());
				}
				before = incident.typeName();
				after = type.name();
				repository.correctIncidentColumn(incidentId, "type_id", type.id());
			}
			case PRIORITY -> {
				before = incident.priority().name();
				after = ((Priority) value).name();
				repository.correctIncidentColumn(incidentId, "priority", after);
			}
			case ADDRESS -> {
				before = incident.address();
				after = (String) value;
				repository.correctIncidentColumn(incidentId, "address", after);
			}
			case DESCRIPTION -> {
				before = incident.description();
				after = (String) value;
				repository.correctIncidentColumn(incidentId, "description", after);
			}
			case REPORTED_AT -> {
				before = String.valueOf(incident.reportedAt());
				after = String.valueOf(value);
				repository.correctIncidentColumn(incidentId, "reported_at", value);
			}
			case LOCATION -> {
				double[] point = (double[]) value;
				before = incident.hasPoint() ? incident.latitude() + "," + incident.longitude() : "";
				after = point[0] + "," + point[1];
				repository.correctIncidentLocation(incidentId, point[0], point[1]);
			}
			default -> throw new IllegalStateException();
		}
		Instant now = clock.instant();
		String detail = field.name() + ": " + (before == null ? "" : before) + " → " + after;
		repository.appendIncidentEvent(incidentId, "CORRECTED", null, now, now, actor.username(), reason.strip(), detail);
		events.publishEvent(new IncidentCorrected(incidentId, field.name(), actor, now, reason.strip()));
	}

	/**
	 * Closes an incident. Handled or referred incidents need every unit stood down from the scene first; open agency
	 * assignments are released with the closing.
	 */
	@Transactional
	void close(long incidentId, Disposition disposition, String note, Actor actor) {
		Incident incident = openIncident(incidentId);
		if ((disposition == Disposition.HANDLED || disposition == Disposition.REFERRED) && committedUnits(incidentId, null)) {
			throw new PolicyViolation("kendali.incident-units-committed", incident.number());
		}
		Instant now = clock.instant();
		assignments(incidentId).forEach((agencyId, state) -> {
			if (state.open()) {
				repository.appendIncidentEvent(incidentId, "AGENCY_RELEASED", agencyId, now, now, actor.username(), null,
						null);
				events.publishEvent(new AgencyReleased(incidentId, agencyId, actor, now));
			}
		});
		String reason = note == null || note.isBlank() ? null : note.strip();
		repository.appendIncidentEvent(incidentId, "CLOSED", null, now, now, actor.username(), reason, disposition.name());
		repository.closeIncident(incidentId, disposition, now);
		events.publishEvent(new IncidentClosed(incidentId, disposition.name(), actor, now, reason));
	}

	// ---- derivations

	Map<Long, AssignmentState> assignments(long incidentId) {
		return Assignments.derive(repository.incidentEvents(incidentId), agenciesEngaged(incidentId));
	}

	private Set<Long> agenciesEngaged(long incidentId) {
		Set<Long> agencies = new HashSet<>();
		Map<Long, FieldUnit> byId = new HashMap<>();
		repository.fieldUnits(false).forEach(u -> byId.put(u.id(), u));
		for (UnitEvent current : repository.currentUnitEvents()) {
			if (current.status().engaged() && current.incidentId() != null && current.incidentId() == incidentId) {
				FieldUnit unit = byId.get(current.fieldUnitId());
				if (unit != null) {
					agencies.add(unit.agencyId());
				}
			}
		}
		return agencies;
	}

	private boolean engagedUnits(long incidentId, Long agencyId) {
		return unitsOn(incidentId, agencyId, true);
	}

	private boolean committedUnits(long incidentId, Long agencyId) {
		return unitsOn(incidentId, agencyId, false);
	}

	private boolean unitsOn(long incidentId, Long agencyId, boolean anyEngaged) {
		Map<Long, FieldUnit> byId = new HashMap<>();
		repository.fieldUnits(false).forEach(u -> byId.put(u.id(), u));
		return repository.currentUnitEvents()
			.stream()
			.filter(e -> e.incidentId() != null && e.incidentId() == incidentId)
			.filter(e -> anyEngaged ? e.status().engaged() : e.status().committed())
			.anyMatch(e -> agencyId == null || byId.get(e.fieldUnitId()).agencyId() == agencyId);
	}

	private void refreshStatus(long incidentId) {
		Incident incident = repository.incident(incidentId).orElseThrow();
		boolean everOnScene = repository.effectiveEventsOfUnitsOn(List.of(incidentId), incident.receivedAt().minusSeconds(86_400))
			.stream()
			.anyMatch(e -> e.status() == UnitStatus.ON_SCENE && e.incidentId() != null && e.incidentId() == incidentId);
		IncidentStatus status = Assignments.incidentStatus(!incident.status().open(), assignments(incidentId), everOnScene);
		if (status != incident.status()) {
			repository.updateIncidentStatus(incidentId, status);
		}
	}

	private Incident openIncident(long incidentId) {
		Incident incident = repository.lockIncident(incidentId)
			.orElseThrow(() -> new PolicyViolation("kendali.incident-unknown"));
		if (!incident.status().open()) {
			throw new PolicyViolation("kendali.incident-closed", incident.number());
		}
		return incident;
	}

	private void requireAgency(long agencyId) {
		UnitView unit = units.find(agencyId).filter(UnitView::active).orElse(null);
		if (unit == null || unit.type() != UnitType.OPD) {
			throw new PolicyViolation("kendali.agency-unknown");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.strip().length() < 5) {
			throw new PolicyViolation("kendali.reason-required");
		}
	}
}
