package org.satukota.dataset;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A dataset's definition (title, description, licence, owner, frequency, columns or chart) changed.
 * {@code recordId} is the dataset's slug, so {@code /data/<recordId>} is its public page.
 */
public record DatasetRedefined(long datasetId, String slug, long ownerUnitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "dataset.redefined";
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
