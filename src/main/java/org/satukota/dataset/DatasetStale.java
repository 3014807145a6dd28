package org.satukota.dataset;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A published dataset passed its promised update (its {@code UpdateFrequency}) without being updated: found once per lateness episode by the scheduled freshness check (actor {@link Actor#SYSTEM}). Its owner unit's pengelola data are e-mailed; the command center feed shows it.
 * {@code recordId} is the dataset's slug, so {@code /data/<recordId>} is its public page.
 */
public record DatasetStale(long datasetId, String slug, long ownerUnitId, Instant dueAt, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "dataset.stale";
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
