package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** Staff verified an application and forwarded it to the next step. */
public record ApplicationForwarded(UUID applicationId, long unitId, String fromStepKey, String toStepKey, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "permohonan.forwarded";
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
