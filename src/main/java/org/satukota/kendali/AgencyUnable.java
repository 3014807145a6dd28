package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency declared it cannot handle an incident, with the reason. */
public record AgencyUnable(long incidentId, long agencyId, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.agency-unable";
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
