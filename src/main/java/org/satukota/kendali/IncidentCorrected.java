package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A recorded fact of an incident was corrected; the earlier value stays in its history. */
public record IncidentCorrected(long incidentId, String field, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.incident-corrected";
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
