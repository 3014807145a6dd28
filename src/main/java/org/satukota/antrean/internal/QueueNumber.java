package org.satukota.antrean.internal;

/**
 * The number a citizen is called by: a letter, a dash and at least three digits ({@code A-007}). The digits come
 * from the unit's counter for the day, so they are unique per unit and day and never reused after a cancellation.
 */
final class QueueNumber {

	static final String PREFIX = "A";

	private QueueNumber() {
	}

	static String format(int number) {
		if (number < 1) {
			throw new IllegalArgumentException("queue numbers start at 1: " + number);
		}
		return PREFIX + "-" + String.format("%03d", number);
	}
}
