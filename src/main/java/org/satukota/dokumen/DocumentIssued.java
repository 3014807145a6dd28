package org.satukota.dokumen;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A signed document was issued and registered. */
public record DocumentIssued(UUID documentId, long unitId, String number, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "dokumen.issued";
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
