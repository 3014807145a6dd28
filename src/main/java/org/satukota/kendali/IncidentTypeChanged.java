package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An incident type was added, changed (a new version) or retired. */
public record IncidentTypeChanged(String code, int version, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.incident-type-changed";
	}

	@Override
	public String recordType() {
		return "kendali-jenis";
	}

	@Override
	public String recordId() {
		return code;
	}
}
