package org.satukota.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.notifikasi.Channel;
import org.satukota.notifikasi.DeliveryFailedException;
import org.satukota.notifikasi.NotificationChannel;
import org.satukota.notifikasi.OutgoingMessage;

class DeliveryAttemptTest {

	private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");

	private final Backoff backoff = new Backoff(3, Duration.ofSeconds(30), Duration.ofHours(1));

	/** A channel that records what it delivered and fails when told to. */
	static final class FakeChannel implements NotificationChannel {

		final Channel channel;

		final boolean available;

		RuntimeException failure;

		final List<OutgoingMessage> delivered = new ArrayList<>();

		FakeChannel(Channel channel, boolean available) {
			this.channel = channel;
			this.available = available;
		}

		@Override
		public Channel channel() {
			return channel;
		}

		@Override
		public boolean isAvailable() {
			return available;
		}

		@Override
		public void deliver(OutgoingMessage message) {
			if (failure != null) {
				throw failure;
			}
			delivered.add(message);
		}
	}

	private static OutboxMessage message(Channel channel, int attempts) {
		return new OutboxMessage(UUID.randomUUID(), NOW.minusSeconds(60), channel, "siti@warga.test", "uji-kirim",
				Locale.forLanguageTag("id"), "Pesan uji SatuKota", "Halo", MessageStatus.PENDING, attempts, NOW, null,
				null, null);
	}

	@Test
	void withoutAConfiguredEmailChannelTheMessageIsHeldInTheOutboxUnsent() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, false);

		DeliveryAttempt.Outcome outcome = new DeliveryAttempt(List.of(email), backoff).attempt(message(Channel.EMAIL, 0),
				NOW);

		assertThat(outcome.status()).isEqualTo(MessageStatus.KOTAK_KELUAR);
		assertThat(outcome.attempts()).isZero();
		assertThat(outcome.nextAttemptAt()).isNull();
		assertThat(email.delivered).isEmpty();
	}

	@Test
	void aChannelWithoutImplementationHoldsTheMessageInsteadOfFakingDelivery() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, true);

		DeliveryAttempt.Outcome outcome = new DeliveryAttempt(List.of(email), backoff)
			.attempt(message(Channel.WHATSAPP, 0), NOW);

		assertThat(outcome.status()).isEqualTo(MessageStatus.KOTAK_KELUAR);
		assertThat(email.delivered).isEmpty();
	}

	@Test
	void anAvailableChannelDeliversAndTheMessageIsSent() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, true);
		OutboxMessage message = message(Channel.EMAIL, 0);

		DeliveryAttempt.Outcome outcome = new DeliveryAttempt(List.of(email), backoff).attempt(message, NOW);

		assertThat(outcome.status()).isEqualTo(MessageStatus.SENT);
		assertThat(outcome.attempts()).isEqualTo(1);
		assertThat(outcome.sentAt()).isEqualTo(NOW);
		assertThat(email.delivered).extracting(OutgoingMessage::id).containsExactly(message.id());
	}

	@Test
	void aFailedAttemptIsRetriedLaterWithBackoff() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, true);
		email.failure = new DeliveryFailedException("SMTP delivery failed", false, null);

		DeliveryAttempt attempt = new DeliveryAttempt(List.of(email), backoff);
		DeliveryAttempt.Outcome first = attempt.attempt(message(Channel.EMAIL, 0), NOW);
		DeliveryAttempt.Outcome second = attempt.attempt(message(Channel.EMAIL, 1), NOW);

		assertThat(first.status()).isEqualTo(MessageStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(first.lastError()).contains("SMTP delivery failed");
		assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void theLastAllowedAttemptFailingMarksTheMessageFailed() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, true);
		email.failure = new IllegalStateException("connection refused");

		DeliveryAttempt.Outcome outcome = new DeliveryAttempt(List.of(email), backoff).attempt(message(Channel.EMAIL, 2),
				NOW);

		assertThat(outcome.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(outcome.attempts()).isEqualTo(3);
		assertThat(outcome.nextAttemptAt()).isNull();
	}

	@Test
	void aPermanentFailureIsNotRetried() {
		FakeChannel email = new FakeChannel(Channel.EMAIL, true);
		email.failure = new DeliveryFailedException("message could not be prepared", true, null);

		DeliveryAttempt.Outcome outcome = new DeliveryAttempt(List.of(email), backoff).attempt(message(Channel.EMAIL, 0),
				NOW);

		assertThat(outcome.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(outcome.attempts()).isEqualTo(1);
	}

	@Test
	void theStoredErrorLeavesOutAddressesAndPhoneNumbers() {
		String error = DeliveryAttempt.describe(new DeliveryFailedException(
				"550 5.1.1 <siti.aminah@warga.test>: Recipient address rejected; wa +6281234567890", false,
				new IllegalStateException("x")));

		assertThat(error).startsWith("DeliveryFailedException (IllegalStateException): 550 5.1.1")
			.doesNotContain("siti")
			.doesNotContain("warga.test")
			.doesNotContain("81234567890");
	}
}
