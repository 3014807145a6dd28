package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency was released from an incident (its part is done). */
public record AgencyReleased(long incidentId, long agencyId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.agency-released";
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
