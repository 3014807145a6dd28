package org.satukota.open311;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An Open311 API key was revoked: its client can no longer post reports. */
public record Open311KeyRevoked(long keyId, String name, Actor actor, Instant occurredAt, String reason)
		implements AuditedEvent {

	@Override
	public String action() {
		return "open311.key-revoked";
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
