package org.satukota.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can set and move. It follows the system clock until a test sets it, and {@link #reset()}
 * returns it to the system clock.
 */
public class MutableClock extends Clock {

	private volatile Instant fixed;

	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant current = fixed;
		return current != null ? current : Instant.now();
	}
}
