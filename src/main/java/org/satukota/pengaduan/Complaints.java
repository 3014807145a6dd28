package org.satukota.pengaduan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Complaints for other channels and modules (Open311, open data): filing through the same flow as the web form,
 * and reading only what the public may see. Confidential (rahasia) reports never come out of this interface, and
 * anonymous (anonim) reports never carry their reporter.
 */
public interface Complaints {

	/**
	 * Files a report through the same rules and flow as the web form. Idempotent per channel and key: a retry with
	 * the same key returns the first receipt ({@link ComplaintReceipt#created()} is then {@code false}).
	 *
	 * @throws org.satukota.shared.PolicyViolation with a {@code pengaduan.*} code when the submission is invalid
	 */
	ComplaintReceipt submit(ComplaintSubmission submission);

	/** The public view of one report by its tracking number; empty when unknown or rahasia. */
	Optional<PublicComplaint> findPublic(String trackingNumber);

	/** Public reports matching the query, newest update first. */
	PublicComplaintPage searchPublic(PublicComplaintQuery query);

	/**
	 * Public updates (status changes and OPD responses) of public reports with {@code after < updatedAt <= before},
	 * oldest first, at most {@code limit}. Either bound may be {@code null}.
	 */
	List<PublicComplaintUpdate> publicUpdates(Instant after, Instant before, int limit);
}
