package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A field unit stayed in one status longer than its threshold (found by a scheduled scan). */
public record UnitStuck(long fieldUnitId, String status, long unitEventId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.unit-stale";
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
