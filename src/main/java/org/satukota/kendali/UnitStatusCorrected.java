package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An earlier status change of a field unit was corrected by a new event. */
public record UnitStatusCorrected(long fieldUnitId, long correctedEventId, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.unit-status-corrected";
	}

	@Override
	public String recordType() {
		return "kendali-armada";
	}

	@Override
	public String recordId() {
		return String.valueOf(fieldUnitId);
	}
}
