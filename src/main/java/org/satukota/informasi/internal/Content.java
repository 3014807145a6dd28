package org.satukota.informasi.internal;

import java.time.Instant;
import java.time.ZoneId;

import org.satukota.shared.UpdateFrequency;

/**
 * A portal item. {@code updatedAt} is what the public sees as "diperbarui"; the update promise
 * ({@link ContentDetails#updateFrequency()}) is measured from it.
 */
record Content(long id, ContentKind kind, long unitId, ContentDetails details, boolean published,
		Instant publishedAt, Instant createdAt, Instant updatedAt, String updatedBy) {

	String title() {
		return details.title();
	}

	String path() {
		return kind.path(id);
	}

	UpdateFrequency frequency() {
		return details.updateFrequency();
	}

	/** The moment this item is late after, or {@code null} when it promises no schedule. */
	Instant dueAt(ZoneId zone) {
		return frequency().dueAfter(updatedAt, zone);
	}

	/** Whether the public must be told it is late ("terlambat diperbarui"). */
	boolean isLate(Instant now, ZoneId zone) {
		return published && frequency().isLate(updatedAt, now, zone);
	}
}
