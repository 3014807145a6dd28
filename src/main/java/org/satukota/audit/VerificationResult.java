package org.satukota.audit;

import java.time.Instant;

/**
 * The outcome of {@link AuditTrail#verify()}.
 * @param intact whether the whole chain checked out
 * @param rowsChecked how many rows were read (up to and including the first broken one)
 * @param lastSeq the sequence number of the last row that checked out, {@code 0} if none did
 * @param firstBrokenSeq the sequence number where the chain breaks, {@code null} when intact
 * @param problem why it breaks, {@code null} when intact
 * @param checkedAt when the verification ran
 */
public record VerificationResult(boolean intact, long rowsChecked, long lastSeq, Long firstBrokenSeq,
		Problem problem, Instant checkedAt) {

	/** What kind of break was found; {@link #messageKey()} explains it in the message bundle. */
	public enum Problem {

		/** A row's stored hash does not match its contents: the row was edited. */
		ROW_ALTERED,

		/** A row does not point to the hash of the row before it: a row was replaced or the chain re-linked. */
		CHAIN_BROKEN,

		/** A sequence number is missing: a row was deleted. */
		ROW_MISSING,

		/**
		 * The newest row does not match the recorded chain head: rows were cut off the end of the trail, or rows
		 * were added without going through the audit module.
		 */
		HEAD_MISMATCH;

		public String messageKey() {
			return "audit.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	public static VerificationResult intact(long rowsChecked, long lastSeq, Instant checkedAt) {
		return new VerificationResult(true, rowsChecked, lastSeq, null, null, checkedAt);
	}

	public static VerificationResult broken(long rowsChecked, long lastSeq, long firstBrokenSeq, Problem problem,
			Instant checkedAt) {
		return new VerificationResult(false, rowsChecked, lastSeq, firstBrokenSeq, problem, checkedAt);
	}
}
