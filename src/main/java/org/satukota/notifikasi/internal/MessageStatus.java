package org.satukota.notifikasi.internal;

/** Where a stored message is in its life. */
enum MessageStatus {

	/** Waiting for (another) delivery attempt. */
	PENDING,

	/** Accepted by the channel's provider. */
	SENT,

	/** Gave up after the last attempt or a permanent failure. */
	FAILED,

	/** Held in the outbox because no channel is configured (demo mode): rendered, readable, not sent. */
	KOTAK_KELUAR;

	String messageKey() {
		return "notifikasi.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
