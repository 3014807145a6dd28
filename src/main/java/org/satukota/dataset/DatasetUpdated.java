package org.satukota.dataset;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A dataset's rows changed ({@code change}: REPLACED, APPENDED, ROW_ADDED, ROW_REMOVED, REGENERATED), making revision {@code revision}.
 * {@code recordId} is the dataset's slug, so {@code /data/<recordId>} is its public page.
 */
public record DatasetUpdated(long datasetId, String slug, int revision, String change, int rowCount, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "dataset.updated";
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
