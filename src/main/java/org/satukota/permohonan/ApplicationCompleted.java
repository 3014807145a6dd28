package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** The signing official approved; the signed document was issued. {@code expiresOn} is {@code null} for products that do not expire. */
public record ApplicationCompleted(UUID applicationId, long unitId, UUID documentId, String documentNumber, java.time.LocalDate expiresOn, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "permohonan.completed";
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
