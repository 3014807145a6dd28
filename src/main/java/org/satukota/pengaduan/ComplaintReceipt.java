package org.satukota.pengaduan;

import java.util.UUID;

/**
 * What a reporter gets at once.
 *
 * @param created {@code false} when this was a retry of an earlier submission with the same key
 */
public record ComplaintReceipt(UUID complaintId, String trackingNumber, boolean created) {
}
