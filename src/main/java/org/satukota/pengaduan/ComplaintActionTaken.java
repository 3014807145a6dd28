package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * Any other recorded step of a report: {@code pengaduan.held}, {@code pengaduan.reporter-replied},
 * {@code pengaduan.privacy-changed}, {@code pengaduan.accepted}, {@code pengaduan.progress},
 * {@code pengaduan.forwarded}, {@code pengaduan.handed-back}, {@code pengaduan.rated}, {@code pengaduan.reopened}.
 */
public record ComplaintActionTaken(UUID complaintId, String action, Actor actor, Instant occurredAt, String reason)
		implements AuditedEvent {

	@Override
	public String recordType() {
		return "pengaduan";
	}

	@Override
	public String recordId() {
		return complaintId.toString();
	}
}
