package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An OPD answered the report. */
public record ComplaintAnswered(UUID complaintId, long opdId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.answered";
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
