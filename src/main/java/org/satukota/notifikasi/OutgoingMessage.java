package org.satukota.notifikasi;

import java.util.Locale;
import java.util.UUID;

/**
 * A rendered message handed to a {@link NotificationChannel} for delivery.
 * @param id the message id (the same on every attempt, so a channel can de-duplicate)
 * @param channel the channel it was addressed to
 * @param recipient the address
 * @param subject the rendered subject (channels without subjects may ignore it)
 * @param body the rendered plain-text body
 * @param locale the language it was rendered in
 */
public record OutgoingMessage(UUID id, Channel channel, String recipient, String subject, String body,
		Locale locale) {
}
