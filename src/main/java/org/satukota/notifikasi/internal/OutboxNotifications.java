package org.satukota.notifikasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxNotifications implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

	private final MailTemplates templates;

	private final OutboxRepository outbox;

	private final Clock clock;

	OutboxNotifications(MailTemplates templates, OutboxRepository outbox, Clock clock) {
		this.templates = templates;
		this.outbox = outbox;
		this.clock = clock;
	}

	// Joins the caller's transaction: the message exists exactly when the decision it reports was committed.
	@Override
	@Transactional
	public UUID send(Notification notification) {
		MailTemplates.Rendered rendered = templates.render(notification.template(), notification.values(),
				notification.locale());
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		outbox.insert(new OutboxMessage(id, now, notification.channel(), notification.recipient(),
				notification.template(), notification.locale(), rendered.subject(), rendered.body(),
				MessageStatus.PENDING, 0, now, null, null, null));
		log.atInfo()
			.addKeyValue("notification.id", id)
			.addKeyValue("notification.channel", notification.channel())
			.addKeyValue("notification.template", notification.template())
			.log("Notification {} queued ({}, {})", id, notification.channel(), notification.template());
		return id;
	}
}
