package org.satukota.permohonan.internal;

import java.time.Instant;
import java.util.UUID;

/** A requirement file attached to an application. */
record AttachedFile(String requirementKey, UUID fileId, String originalName, String mediaType, long sizeBytes,
		Instant uploadedAt) {
}
