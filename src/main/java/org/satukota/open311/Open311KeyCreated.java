package org.satukota.open311;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An Open311 API key was issued to a client (the key itself is never part of the event). */
public record Open311KeyCreated(long keyId, String name, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "open311.key-created";
	}

	@Override
	public String recordType() {
		return "open311-key";
	}

	@Override
	public String recordId() {
		return Long.toString(keyId);
	}
}
