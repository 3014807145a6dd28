package org.satukota.pengaduan;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A report was closed. {@code outcome} is {@code SELESAI}, {@code BUKAN_WEWENANG}, {@code DUPLIKAT} or
 * {@code ARSIP}; {@code reason} is the referral, archive reason or "closed after the reporter's silence".
 */
public record ComplaintClosed(UUID complaintId, String outcome, Actor actor, Instant occurredAt, String reason)
		implements AuditedEvent {

	@Override
	public String action() {
		return "pengaduan.closed";
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
