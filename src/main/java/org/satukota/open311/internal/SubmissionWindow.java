package org.satukota.open311.internal;

import java.time.Duration;

/**
 * Idempotency keys for posts whose client sent none: a post with the same fingerprint as one seen within the window
 * gets that post's key (so the complaints module returns the first report), any other gets a fresh key.
 */
interface SubmissionWindow {

	/** How long an identical post counts as a retry. */
	Duration WINDOW = Duration.ofMinutes(15);

	String keyFor(long apiKeyId, String fingerprint);
}
