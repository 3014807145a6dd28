package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** The coordinator routed the report to one or more OPDs. */
public record ComplaintDisposed(UUID complaintId, java.util.List<Long> opdIds, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.disposed";
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
