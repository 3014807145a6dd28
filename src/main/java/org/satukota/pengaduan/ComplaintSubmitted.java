package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** Filed through any channel. */
public record ComplaintSubmitted(UUID complaintId, String trackingNumber, String categoryCode, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.submitted";
	}

	@Override
	public String recordType() {
		return "pengaduan";
	}

	@Override
	public String recordId() {
		return complaintId.toString();
	}
}
