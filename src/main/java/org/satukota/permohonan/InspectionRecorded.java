package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** The result of a permit's field inspection was recorded; the application moved on. */
public record InspectionRecorded(UUID applicationId, long unitId, String stepKey, String reason, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "permohonan.inspection-recorded";
	}

	@Override
	public String recordType() {
		return "permohonan";
	}

	@Override
	public String recordId() {
		return applicationId.toString();
	}
}
