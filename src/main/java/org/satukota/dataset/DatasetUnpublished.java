package org.satukota.dataset;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A dataset was withdrawn from the public.
 * {@code recordId} is the dataset's slug, so {@code /data/<recordId>} is its public page.
 */
public record DatasetUnpublished(long datasetId, String slug, int revision, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "dataset.unpublished";
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
