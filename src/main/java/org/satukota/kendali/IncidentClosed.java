package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An incident was closed with a disposition ({@code HANDLED}, {@code FALSE_REPORT}, {@code CANCELLED}, {@code REFERRED}). */
public record IncidentClosed(long incidentId, String disposition, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.incident-closed";
	}

	@Override
	public String recordType() {
		return "kendali-kejadian";
	}

	@Override
	public String recordId() {
		return String.valueOf(incidentId);
	}
}
