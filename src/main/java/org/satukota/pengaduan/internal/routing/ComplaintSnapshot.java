package org.satukota.pengaduan.internal.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What duplicate detection needs to know about one complaint.
 *
 * @param id the complaint's id
 * @param categoryCode its category code
 * @param relatedCategoryCodes categories whose reports may describe the same problem (e.g. drainase and banjir);
 *        {@code null} is read as none
 * @param text title and description
 * @param latitude WGS84 latitude, {@code null} when the reporter gave no point
 * @param longitude WGS84 longitude, {@code null} when the reporter gave no point
 * @param submittedAt when it was submitted
 */
public record ComplaintSnapshot(UUID id, String categoryCode, Set<String> relatedCategoryCodes, String text,
		Double latitude, Double longitude, Instant submittedAt) {

	public ComplaintSnapshot {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(submittedAt, "submittedAt");
		relatedCategoryCodes = relatedCategoryCodes == null ? Set.of() : Set.copyOf(relatedCategoryCodes);
		text = text == null ? "" : text;
	}

	/** Whether the reporter gave a map point. */
	public boolean hasPoint() {
		return latitude != null && longitude != null;
	}
}
