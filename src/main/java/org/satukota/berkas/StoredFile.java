package org.satukota.berkas;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file's metadata. {@code mediaType} is the type detected from the content; {@code sha256} is the
 * lower-case hex digest of the content.
 */
public record StoredFile(UUID id, String originalName, String mediaType, long size, String sha256,
		Instant storedAt) {
}
