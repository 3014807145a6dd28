package org.satukota.notifikasi.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satukota.notifikasi.DeliveryFailedException;
import org.satukota.notifikasi.NotificationChannel;

/**
 * One delivery attempt and what it means for the message: the channel selection, retry and give-up rules,
 * separated from the database so they can be tested with fake channels.
 */
final class DeliveryAttempt {

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"']+");

	private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d{8,}");

	private static final int MAX_ERROR_LENGTH = 300;

	private final List<NotificationChannel> channels;

	private final Backoff backoff;

	DeliveryAttempt(List<NotificationChannel> channels, Backoff backoff) {
		this.channels = List.copyOf(channels);
		this.backoff = backoff;
	}

	/** The new delivery state of a message after an attempt. */
	record Outcome(MessageStatus status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt,
			String lastError) {
	}

	Outcome attempt(OutboxMessage message, Instant now) {
		Optional<NotificationChannel> channel = channels.stream()
			.filter(candidate -> candidate.channel() == message.channel())
			.filter(NotificationChannel::isAvailable)
			.findFirst();
		if (channel.isEmpty()) {
			// Nothing configured to deliver through (demo without SMTP, or a channel not built yet): keep the
			// rendered message for administrators to read instead of pretending it was sent.
			return new Outcome(MessageStatus.KOTAK_KELUAR, message.attempts(), null, message.lastAttemptAt(), null,
					null);
		}
		int attempts = message.attempts() + 1;
		try {
			channel.get().deliver(message.outgoing());
			return new Outcome(MessageStatus.SENT, attempts, null, now, now, null);
		}
		catch (RuntimeException ex) {
			boolean permanent = ex instanceof DeliveryFailedException failure && failure.permanent();
			String error = describe(ex);
			if (permanent || !backoff.mayRetry(attempts)) {
				return new Outcome(MessageStatus.FAILED, attempts, null, now, null, error);
			}
			return new Outcome(MessageStatus.PENDING, attempts, now.plus(backoff.delayAfter(attempts)), now, null,
					error);
		}
	}

	/** The failure in a few words, without the addresses an SMTP server tends to echo back. */
	static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
		Throwable cause = failure.getCause();
		if (cause != null && cause != failure) {
			text.append(" (").append(cause.getClass().getSimpleName()).append(')');
		}
		if (failure.getMessage() != null) {
			text.append(": ").append(failure.getMessage());
		}
		String clean = PHONE_NUMBER.matcher(EMAIL_ADDRESS.matcher(text).replaceAll("***")).replaceAll("***")
			.replaceAll("\\s+", " ")
			.strip();
		return clean.length() <= MAX_ERROR_LENGTH ? clean : clean.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}
}
