package org.satukota.survei.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A simple per-session brake on kiosk submissions: one answer at least every {@link #MIN_GAP} and at most
 * {@link #MAX_PER_HOUR} in an hour. The history lives in the HTTP session, which the platform stores in the
 * database, so it holds on every node.
 */
final class KioskGuard {

	static final String SESSION_KEY = "survei.kios.kiriman";

	static final Duration MIN_GAP = Duration.ofSeconds(10);

	static final int MAX_PER_HOUR = 30;

	private KioskGuard() {
	}

	/** The submissions still counted at {@code now}, the new one appended when allowed; {@code null} when refused. */
	static ArrayList<Long> admit(List<Long> history, Instant now) {
		long nowMillis = now.toEpochMilli();
		ArrayList<Long> recent = new ArrayList<>();
		if (history != null) {
			for (Long at : history) {
				if (at != null && nowMillis - at < Duration.ofHours(1).toMillis()) {
					recent.add(at);
				}
			}
		}
		if (!recent.isEmpty() && nowMillis - recent.get(recent.size() - 1) < MIN_GAP.toMillis()) {
			return null;
		}
		if (recent.size() >= MAX_PER_HOUR) {
			return null;
		}
		recent.add(nowMillis);
		return recent;
	}
}
