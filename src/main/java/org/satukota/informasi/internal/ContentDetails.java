package org.satukota.informasi.internal;

import java.time.Instant;
import java.util.UUID;

import org.satukota.shared.UpdateFrequency;

/** The editable part of a portal item, as checked by the form. */
record ContentDetails(String title, String summary, String body, Instant startsAt, Instant endsAt, String place,
		String regulationNumber, String externalUrl, UpdateFrequency updateFrequency, UUID imageFileId,
		UUID attachmentFileId) {
}
