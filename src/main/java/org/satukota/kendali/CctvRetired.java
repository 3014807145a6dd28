package org.satukota.kendali;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A CCTV camera was retired from the registry. */
public record CctvRetired(long cctvId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "kendali.cctv-retired";
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
