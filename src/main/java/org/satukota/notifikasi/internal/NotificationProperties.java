package org.satukota.notifikasi.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code satukota.notifications.*}: sender address and retry policy.
 * @param from the sender address of emails
 * @param maxAttempts delivery attempts before a message is marked failed
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the longest wait between attempts
 * @param batchSize messages one dispatcher run delivers at most
 */
@ConfigurationProperties("satukota.notifications")
record NotificationProperties(@DefaultValue("no-reply@satukota.local") String from,
		@DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("50") int batchSize) {

	Backoff backoff() {
		return new Backoff(maxAttempts, initialBackoff, maxBackoff);
	}
}
