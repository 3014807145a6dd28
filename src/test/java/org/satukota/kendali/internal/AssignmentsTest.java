package org.satukota.kendali.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.satukota.kendali.internal.Records.IncidentEvent;

class AssignmentsTest {

	@Test
	void eachAgencysStateFollowsItsLatestEventAndEngagedUnitsMakeItActive() {
		List<IncidentEvent> events = List.of(event(1, "AGENCY_NOTIFIED", 5L), event(2, "AGENCY_NOTIFIED", 9L),
				event(3, "AGENCY_ACKNOWLEDGED", 5L), event(4, "AGENCY_UNABLE", 9L), event(5, "AGENCY_NOTIFIED", 9L));
		Map<Long, AssignmentState> states = Assignments.derive(events, Set.of(5L));
		assertThat(states).containsEntry(5L, AssignmentState.ACTIVE).containsEntry(9L, AssignmentState.NOTIFIED);
		assertThat(Assignments.incidentStatus(false, states, false)).isEqualTo(IncidentStatus.DISPATCHED);
		assertThat(Assignments.incidentStatus(false, states, true)).isEqualTo(IncidentStatus.ON_SCENE);
	}

	@Test
	void anIncidentIsResolvedWhenEveryAgencyIsReleasedOrUnable() {
		Map<Long, AssignmentState> states = Assignments.derive(
				List.of(event(1, "AGENCY_NOTIFIED", 5L), event(2, "AGENCY_RELEASED", 5L), event(3, "AGENCY_NOTIFIED", 9L),
						event(4, "AGENCY_UNABLE", 9L)),
				Set.of());
		assertThat(Assignments.incidentStatus(false, states, true)).isEqualTo(IncidentStatus.RESOLVED);
		assertThat(Assignments.incidentStatus(false, Map.of(), false)).isEqualTo(IncidentStatus.NEW);
		assertThat(Assignments.incidentStatus(true, states, true)).isEqualTo(IncidentStatus.CLOSED);
	}

	private static IncidentEvent event(long id, String kind, Long agency) {
		Instant at = Instant.parse("2026-03-02T01:00:00Z").plusSeconds(id);
		return new IncidentEvent(id, 1, kind, agency, at, at, "op", null, null);
	}
}
