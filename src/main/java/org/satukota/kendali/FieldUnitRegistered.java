package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency's vehicle or team was registered. */
public record FieldUnitRegistered(long fieldUnitId, long agencyId, String callSign, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.field-unit-registered";
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
