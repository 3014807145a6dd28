package org.satukota.pengaduan;

import java.time.Instant;
import java.util.List;

/**
 * Filters for public reports; {@code null} means "any". {@code trackingNumbers}, when given, overrides every other
 * filter. {@code page} starts at 1.
 */
public record PublicComplaintQuery(List<String> trackingNumbers, String categoryCode, Boolean open,
		Instant submittedFrom, Instant submittedUntil, Instant updatedAfter, Instant updatedBefore, Long kelurahanId,
		Long opdId, int page, int pageSize) {
}
