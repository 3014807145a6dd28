package org.satukota.informasi;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**  */
public record ContentCreated(long contentId, long unitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "informasi.content-created";
	}

	@Override
	public String recordType() {
		return "informasi-halaman";
	}

	@Override
	public String recordId() {
		return String.valueOf(contentId);
	}
}
