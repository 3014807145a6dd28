package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A CCTV camera was registered (by its stream address; the platform does not re-stream). */
public record CctvRegistered(long cctvId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.cctv-registered";
	}

	@Override
	public String recordType() {
		return "kendali-cctv";
	}

	@Override
	public String recordId() {
		return String.valueOf(cctvId);
	}
}
