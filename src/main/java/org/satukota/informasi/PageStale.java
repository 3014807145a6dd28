package org.satukota.informasi;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A published portal item missed its update promise ({@code dueAt}); published once per lateness episode by the
 * platform ({@link Actor#SYSTEM}) and shown on the command center feed.
 */
public record PageStale(long contentId, long unitId, Instant dueAt, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "informasi.page-stale";
	}

	@Override
	public String recordType() {
		return "informasi-halaman";
	}

	@Override
	public String recordId() {
		return String.valueOf(contentId);
	}
}
