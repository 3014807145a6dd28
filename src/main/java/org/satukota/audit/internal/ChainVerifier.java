package org.satukota.audit.internal;

import java.time.Instant;

import org.satukota.audit.VerificationResult;
import org.satukota.audit.VerificationResult.Problem;

/**
 * Checks rows one by one in sequence order, then the chain head. Kept free of I/O so the rules can be tested on
 * their own.
 */
final class ChainVerifier {

	private long expectedSeq = 1;

	private String previousHash = ChainHash.GENESIS;

	private long rowsChecked;

	private long lastSeq;

	private VerificationResult broken;

	private final Instant checkedAt;

	ChainVerifier(Instant checkedAt) {
		this.checkedAt = checkedAt;
	}

	/** @return {@code false} once the chain is known to be broken (further rows need not be read) */
	boolean accept(ChainRow row) {
		if (broken != null) {
			return false;
		}
		rowsChecked++;
		if (row.seq() != expectedSeq) {
			return fail(expectedSeq, Problem.ROW_MISSING);
		}
		if (!ChainHash.of(row).equals(row.hash())) {
			return fail(row.seq(), Problem.ROW_ALTERED);
		}
		if (!previousHash.equals(row.prevHash())) {
			return fail(row.seq(), Problem.CHAIN_BROKEN);
		}
		lastSeq = row.seq();
		previousHash = row.hash();
		expectedSeq++;
		return true;
	}

	/**
	 * @param headSeq the recorded last sequence number, {@code null} when nothing was ever appended
	 * @param headHash the recorded last hash
	 */
	VerificationResult finish(Long headSeq, String headHash) {
		if (broken != null) {
			return broken;
		}
		long recordedSeq = headSeq == null ? 0 : headSeq;
		if (recordedSeq != lastSeq) {
			// Rows are missing from the end (head ahead) or exist that no append recorded (head behind).
			fail(Math.min(recordedSeq, lastSeq) + 1, Problem.HEAD_MISMATCH);
			return broken;
		}
		if (headSeq != null && !previousHash.equals(headHash)) {
			fail(lastSeq, Problem.HEAD_MISMATCH);
			return broken;
		}
		return VerificationResult.intact(rowsChecked, lastSeq, checkedAt);
	}

	private boolean fail(long seq, Problem problem) {
		broken = VerificationResult.broken(rowsChecked, lastSeq, seq, problem, checkedAt);
		return false;
	}
}
