package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An issued permit expires within 30 days; its holder has been notified (emitted once). */
public record PermitExpiring(UUID applicationId, long unitId, UUID documentId, java.time.LocalDate expiresOn, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "permohonan.permit-expiring";
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
