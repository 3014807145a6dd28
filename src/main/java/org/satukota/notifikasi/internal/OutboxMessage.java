package org.satukota.notifikasi.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.satukota.notifikasi.Channel;
import org.satukota.notifikasi.OutgoingMessage;

/** A stored message with its delivery state. */
record OutboxMessage(UUID id, Instant createdAt, Channel channel, String recipient, String template, Locale locale,
		String subject, String body, MessageStatus status, int attempts, Instant nextAttemptAt,
		Instant lastAttemptAt, Instant sentAt, String lastError) {

	OutgoingMessage outgoing() {
		return new OutgoingMessage(id, channel, recipient, subject, body, locale);
	}
}
