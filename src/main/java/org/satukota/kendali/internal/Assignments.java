package org.satukota.kendali.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satukota.kendali.internal.Records.IncidentEvent;

/** Derives each agency's part in an incident from the incident's agency events (oldest first). */
final class Assignments {

	private Assignments() {
	}

	static Map<Long, AssignmentState> derive(List<IncidentEvent> events, Set<Long> agenciesWithEngagedUnits) {
		Map<Long, AssignmentState> states = new LinkedHashMap<>();
		for (IncidentEvent event : events) {
			if (event.agencyId() == null) {
				continue;
			}
			AssignmentState next = switch (event.kind()) {
				case "AGENCY_NOTIFIED" -> AssignmentState.NOTIFIED;
				case "AGENCY_ACKNOWLEDGED" -> AssignmentState.ACKNOWLEDGED;
				case "AGENCY_UNABLE" -> AssignmentState.UNABLE;
				case "AGENCY_RELEASED" -> AssignmentState.RELEASED;
				default -> null;
			};
			if (next != null) {
				states.put(event.agencyId(), next);
			}
		}
		states.replaceAll((agency, state) -> state.open() && agenciesWithEngagedUnits.contains(agency)
				? AssignmentState.ACTIVE : state);
		return states;
	}

	static IncidentStatus incidentStatus(boolean closed, Map<Long, AssignmentState> assignments, boolean everOnScene) {
		if (closed) {
			return IncidentStatus.CLOSED;
		}
		if (assignments.isEmpty()) {
			return IncidentStatus.NEW;
		}
		if (assignments.values().stream().noneMatch(AssignmentState::open)) {
			return IncidentStatus.RESOLVED;
		}
		return everOnScene ? IncidentStatus.ON_SCENE : IncidentStatus.DISPATCHED;
	}
}
