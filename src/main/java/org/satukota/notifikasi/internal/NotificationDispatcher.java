package org.satukota.notifikasi.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.satukota.notifikasi.NotificationChannel;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages every few seconds. Each message is handled in its own short transaction that holds the
 * message's row lock, so several nodes can run the dispatcher side by side without sending a message twice.
 */
@Component
class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final OutboxRepository outbox;

	private final DeliveryAttempt delivery;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	NotificationDispatcher(OutboxRepository outbox, List<NotificationChannel> channels,
			NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.delivery = new DeliveryAttempt(channels, properties.backoff());
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = Math.max(1, properties.batchSize());
	}

	@Scheduled(initialDelayString = "${satukota.notifications.dispatch-interval-ms:5000}",
			fixedDelayString = "${satukota.notifications.dispatch-interval-ms:5000}")
	void dispatchScheduled() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			// The next run retries; a failing run must not stop the schedule.
			log.atWarn().addKeyValue("error", ex.getClass().getSimpleName()).log("Notification dispatch run failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Delivers up to one batch of due messages; returns how many were handled. */
	int dispatchDue() {
		int handled = 0;
		while (handled < batchSize && Boolean.TRUE.equals(transactions.execute(status -> dispatchOne()))) {
			handled++;
		}
		return handled;
	}

	private boolean dispatchOne() {
		Optional<OutboxMessage> next = outbox.lockNextDue(clock.instant());
		if (next.isEmpty()) {
			return false;
		}
		OutboxMessage message = next.get();
		DeliveryAttempt.Outcome outcome = delivery.attempt(message, clock.instant());
		outbox.recordAttempt(message.id(), outcome);
		LoggingEventBuilder event = switch (outcome.status()) {
			case SENT, KOTAK_KELUAR -> log.atInfo();
			case PENDING -> log.atWarn();
			case FAILED -> log.atError();
		};
		event.addKeyValue("notification.id", message.id())
			.addKeyValue("notification.channel", message.channel())
			.addKeyValue("notification.status", outcome.status())
			.addKeyValue("notification.attempts", outcome.attempts())
			.addKeyValue("notification.nextAttemptAt", outcome.nextAttemptAt())
			.addKeyValue("notification.error", outcome.lastError())
			.log("Notification {} {} after {} attempt(s)", message.id(), outcome.status(), outcome.attempts());
		return true;
	}
}
