package org.satukota.permohonan;

import java.time.Instant;
import java.util.UUID;

/**
 * One application as listed for its citizen. {@code registrationNumber} is {@code null} for drafts.
 */
public record ApplicationSummary(UUID id, String registrationNumber, String serviceCode, String serviceName,
		ApplicationStatus status, Instant createdAt, Instant submittedAt) {
}
