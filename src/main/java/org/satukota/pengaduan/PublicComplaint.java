package org.satukota.pengaduan;

import java.time.Instant;
import java.util.List;

/**
 * A report as the public may see it: no personal data beyond the reporter's first name, and not even that for
 * anonim reports.
 *
 * @param status the stage of the flow (e.g. {@code DITERIMA}, {@code DIDISPOSISI}, {@code SELESAI}); see the module
 * @param open {@code false} once closed (selesai, bukan wewenang, duplikat, arsip)
 * @param statusNote the latest public response or closing reason; may be {@code null}
 * @param opdNames the OPDs it was disposed to (empty before disposition)
 * @param expectedAt the current deadline, {@code null} when none runs
 * @param mediaPaths public paths of its photos on this platform (EXIF already removed)
 * @param reporterFirstName {@code null} for anonim reports
 * @param duplicateOf the tracking number of the original when merged as duplikat, otherwise {@code null}
 */
public record PublicComplaint(String trackingNumber, ComplaintKind kind, String categoryCode, String categoryName,
		String title, String description, String status, boolean open, String statusNote, List<String> opdNames,
		Instant submittedAt, Instant updatedAt, Instant expectedAt, Long kelurahanId, String address, Double latitude,
		Double longitude, List<String> mediaPaths, String reporterFirstName, String duplicateOf) {
}
