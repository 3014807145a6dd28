package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency (an OPD) was notified to handle an incident. */
public record AgencyDispatched(long incidentId, long agencyId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.agency-dispatched";
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
