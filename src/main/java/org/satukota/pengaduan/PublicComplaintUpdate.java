package org.satukota.pengaduan;

import java.time.Instant;

/**
 * One public update of a public report.
 *
 * @param updateId increasing and stable, for clients that page through updates
 * @param status the status after the update
 * @param description the public text of the update (an OPD response or a status note)
 * @param mediaPath a photo posted with it, or {@code null}
 */
public record PublicComplaintUpdate(long updateId, String trackingNumber, String status, boolean open,
		Instant updatedAt, String description, String mediaPath) {
}
