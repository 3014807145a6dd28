package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** Moved up after a missed deadline: level 1 to the OPD's head (or the coordinators for verification), level 2 to the coordinators and the command center. */
public record ComplaintEscalated(UUID complaintId, int level, Long opdId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.escalated";
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
