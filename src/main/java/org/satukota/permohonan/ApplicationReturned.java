package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** Staff returned an application to the citizen for correction; the deadline clock is paused. {@code reason} lists the reason per requirement. */
public record ApplicationReturned(UUID applicationId, long unitId, String stepKey, String reason, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "permohonan.returned";
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
