package org.satukota.dataset;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A stale dataset is still not updated after the grace period; Diskominfo's pengelola data were e-mailed (actor {@link Actor#SYSTEM}).
 * {@code recordId} is the dataset's slug, so {@code /data/<recordId>} is its public page.
 */
public record DatasetStaleEscalated(long datasetId, String slug, long ownerUnitId, Instant dueAt, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "dataset.stale-escalated";
	}

	@Override
	public String recordType() {
		return "dataset";
	}

	@Override
	public String recordId() {
		return slug;
	}
}
