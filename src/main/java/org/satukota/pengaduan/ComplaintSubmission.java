package org.satukota.pengaduan;

/**
 * A report as another channel hands it in. A location is a point ({@code latitude}+{@code longitude}) and/or a
 * kelurahan with an address; at least one of the two.
 *
 * @param channel where it came from, e.g. {@code web}, {@code open311:<api key name>}
 * @param idempotencyKey the channel's key for this submission; a retry carries the same key
 * @param reporterAccountId the citizen account when the reporter is logged in; otherwise {@code null}
 * @param reporterName the reporter's name as given (may be {@code null})
 * @param reporterEmail an e-mail address for updates (may be {@code null})
 * @param reporterPhone a phone number (may be {@code null})
 * @param anonim hide the reporter from the public and from the OPD
 * @param rahasia keep the whole report out of every public place
 * @param mediaUrl a link to a photo held elsewhere (Open311 {@code media_url}); may be {@code null}
 */
public record ComplaintSubmission(String channel, String idempotencyKey, ComplaintKind kind, String categoryCode,
		String title, String description, Double latitude, Double longitude, Long kelurahanId, String address,
		Long reporterAccountId, String reporterName, String reporterEmail, String reporterPhone, boolean anonim,
		boolean rahasia, String mediaUrl) {
}
