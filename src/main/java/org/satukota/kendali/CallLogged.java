package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A call on 112 was logged; {@code classification} is {@code null} for a call abandoned before it was answered, {@code incidentId} is set for emergency and duplicate calls. */
public record CallLogged(long callId, String classification, Long incidentId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.call-logged";
	}

	@Override
	public String recordType() {
		return "kendali-panggilan";
	}

	@Override
	public String recordId() {
		return String.valueOf(callId);
	}
}
