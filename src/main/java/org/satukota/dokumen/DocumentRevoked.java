package org.satukota.dokumen;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An issued document was revoked (e.g. issued in error); its verification page now says so. */
public record DocumentRevoked(UUID documentId, String reason, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "dokumen.revoked";
	}

	@Override
	public String recordType() {
		return "dokumen";
	}

	@Override
	public String recordId() {
		return documentId.toString();
	}
}
