package org.satukota.dataset.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satukota.shared.UpdateFrequency;

/**
 * A dataset as stored: its definition, publication state, current revision and freshness. {@code updatedAt} is the
 * last change of data or publication, which "diperbarui" shows and freshness is measured from.
 */
record Dataset(long id, UUID packageId, String slug, String title, String description, String licence,
		long ownerUnitId, UpdateFrequency frequency, ChartSpec chart, boolean published, int revision, int rowCount,
		Instant createdAt, Instant updatedAt, Instant firstPublishedAt, Instant staleSince, Instant escalatedAt,
		String systemKey, List<ColumnSpec> columns) {

	Dataset {
		columns = List.copyOf(columns);
	}

	boolean system() {
		return systemKey != null;
	}

	/** When it becomes late, or null when its frequency has no calendar (as needed). */
	Instant dueAt(ZoneId zone) {
		return frequency.dueAfter(updatedAt, zone);
	}

	/** Late means published and past its promised update. */
	boolean lateAt(Instant now, ZoneId zone) {
		return published && frequency.isLate(updatedAt, now, zone);
	}

	Optional<ColumnSpec> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	Dataset withColumns(List<ColumnSpec> newColumns) {
		return new Dataset(id, packageId, slug, title, description, licence, ownerUnitId, frequency, chart, published,
				revision, rowCount, createdAt, updatedAt, firstPublishedAt, staleSince, escalatedAt, systemKey,
				newColumns);
	}
}
