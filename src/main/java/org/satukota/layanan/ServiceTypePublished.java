package org.satukota.layanan;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A new version of a service type was published (the first one creates the type). */
public record ServiceTypePublished(String code, long versionId, int version, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "layanan.service-published";
	}

	@Override
	public String recordType() {
		return "service-type";
	}

	@Override
	public String recordId() {
		return code;
	}
}
