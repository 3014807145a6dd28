package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An agency's vehicle or team was retired; its history stays. */
public record FieldUnitRetired(long fieldUnitId, long agencyId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.field-unit-retired";
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
