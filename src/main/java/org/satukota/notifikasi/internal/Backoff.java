package org.satukota.notifikasi.internal;

import java.time.Duration;

/**
 * Exponential backoff: after the n-th failed attempt wait {@code initial × 2^(n-1)}, at most {@code max}; give up
 * after {@code maxAttempts} attempts.
 */
record Backoff(int maxAttempts, Duration initial, Duration max) {

	Backoff {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("backoff must be positive and max at least initial");
		}
	}

	/** Whether another attempt may follow {@code attemptsMade} failed ones. */
	boolean mayRetry(int attemptsMade) {
		return attemptsMade < maxAttempts;
	}

	/** How long to wait after {@code attemptsMade} (≥ 1) failed attempts. */
	Duration delayAfter(int attemptsMade) {
		int doublings = Math.max(0, attemptsMade - 1);
		// Beyond 30 doublings any sensible initial delay is past max; avoid overflowing the shift.
		if (doublings >= 30) {
			return max;
		}
		Duration delay = initial.multipliedBy(1L << doublings);
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
