package org.satukota.notifikasi;

/**
 * How a notification reaches its recipient. Only {@link #EMAIL} is delivered today; the other channels are
 * named so that callers and stored messages can already use them, and are held in the outbox until a
 * {@link NotificationChannel} for them is installed.
 */
public enum Channel {

	/** Email through SMTP; the recipient is an email address. */
	EMAIL,

	/** WhatsApp; the recipient is a phone number in international form. Not implemented yet. */
	WHATSAPP,

	/** SMS; the recipient is a phone number in international form. Not implemented yet. */
	SMS
}
