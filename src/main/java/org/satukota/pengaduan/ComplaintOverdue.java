package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A stage's deadline passed without the action it waits for (found by the deadline scan, actor {@code Actor.SYSTEM}). */
public record ComplaintOverdue(UUID complaintId, String stage, Long opdId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.overdue";
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
