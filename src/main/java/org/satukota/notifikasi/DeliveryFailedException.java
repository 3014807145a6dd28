package org.satukota.notifikasi;

/**
 * A channel could not deliver a message. {@code permanent} failures (e.g. a malformed address) are not retried.
 * The message must not contain personal data (addresses, message text): it is stored and logged.
 */
public class DeliveryFailedException extends RuntimeException {

	private final boolean permanent;

	public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	public boolean permanent() {
		return permanent;
	}
}
