package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency acknowledged its dispatch to an incident. */
public record AgencyAcknowledged(long incidentId, long agencyId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.agency-acknowledged";
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
