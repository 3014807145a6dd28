package org.satukota.notifikasi;

/**
 * A way to deliver messages, e.g. email through SMTP. Later channels (WhatsApp, SMS) implement this interface as
 * Spring beans; the dispatcher picks the bean whose {@link #channel()} matches the message.
 */
public interface NotificationChannel {

	/** The channel this implementation delivers. */
	Channel channel();

	/**
	 * Whether this installation is configured to deliver through this channel (e.g. an SMTP server is set). When
	 * it is not, messages are kept in the outbox instead of being sent.
	 */
	boolean isAvailable();

	/**
	 * Delivers one message, blocking until the provider accepted or refused it.
	 * @throws DeliveryFailedException when delivery failed; the dispatcher retries unless it is permanent
	 */
	void deliver(OutgoingMessage message);
}
