package org.satukota.notifikasi;

import java.util.UUID;

/**
 * The one way modules notify people.
 */
public interface Notifications {

	/**
	 * Renders the notification and stores it in the outbox as part of the caller's transaction (so a rolled-back
	 * decision sends nothing), then returns at once: delivery happens later, with retries, on whichever node picks
	 * it up. Without a configured channel the message stays in the outbox for administrators to read.
	 * @return the message id, as shown in the outbox and in logs
	 * @throws IllegalArgumentException if the template does not exist
	 */
	UUID send(Notification notification);
}
