package org.satukota.antrean.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.satukota.shared.PolicyViolation;

/**
 * A unit's appointment schedule. The daily quota applies per service; {@code quotaPerUnit}, when set, also caps
 * all services of the unit together. Service hours are split into sessions of {@code sessionMinutes} (the last one
 * may be shorter); citizens may book from tomorrow up to {@code daysAhead} working days ahead.
 */
record Schedule(long unitId, int quotaPerService, Integer quotaPerUnit, LocalTime opensAt, LocalTime closesAt,
		int sessionMinutes, int daysAhead, boolean configured) {

	static final int DEFAULT_QUOTA_PER_SERVICE = 20;

	static final LocalTime DEFAULT_OPENS_AT = LocalTime.of(8, 0);

	static final LocalTime DEFAULT_CLOSES_AT = LocalTime.of(12, 0);

	static final int DEFAULT_SESSION_MINUTES = 60;

	static final int DEFAULT_DAYS_AHEAD = 10;

	static final int MAX_QUOTA_PER_SERVICE = 999;

	static final int MAX_QUOTA_PER_UNIT = 9999;

	static final int MIN_SESSION_MINUTES = 15;

	static final int MAX_SESSION_MINUTES = 480;

	static final int MAX_DAYS_AHEAD = 60;

	/** A session of service hours, e.g. 08.00–09.00. */
	record Session(LocalTime start, LocalTime end) {

		String label() {
			return String.format("%02d.%02d–%02d.%02d", start.getHour(), start.getMinute(), end.getHour(),
					end.getMinute());
		}
	}

	/** The schedule of a unit nobody configured: sensible for a kelurahan office so the demo works as is. */
	static Schedule defaults(long unitId) {
		return new Schedule(unitId, DEFAULT_QUOTA_PER_SERVICE, null, DEFAULT_OPENS_AT, DEFAULT_CLOSES_AT,
				DEFAULT_SESSION_MINUTES, DEFAULT_DAYS_AHEAD, false);
	}

	/**
	 * Checks a schedule an admin entered.
	 * @throws PolicyViolation naming the first rule it breaks
	 */
	static Schedule of(long unitId, int quotaPerService, Integer quotaPerUnit, LocalTime opensAt,
			LocalTime closesAt, int sessionMinutes, int daysAhead) {
		if (quotaPerService < 1 || quotaPerService > MAX_QUOTA_PER_SERVICE) {
			throw new PolicyViolation("antrean.quota-per-service-range", 1, MAX_QUOTA_PER_SERVICE);
		}
		if (quotaPerUnit != null && (quotaPerUnit < 1 || quotaPerUnit > MAX_QUOTA_PER_UNIT)) {
			throw new PolicyViolation("antrean.quota-per-unit-range", 1, MAX_QUOTA_PER_UNIT);
		}
		if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
			throw new PolicyViolation("antrean.hours-invalid");
		}
		if (sessionMinutes < MIN_SESSION_MINUTES || sessionMinutes > MAX_SESSION_MINUTES) {
			throw new PolicyViolation("antrean.session-range", MIN_SESSION_MINUTES, MAX_SESSION_MINUTES);
		}
		if (daysAhead < 1 || daysAhead > MAX_DAYS_AHEAD) {
			throw new PolicyViolation("antrean.days-ahead-range", 1, MAX_DAYS_AHEAD);
		}
		return new Schedule(unitId, quotaPerService, quotaPerUnit, opensAt, closesAt, sessionMinutes, daysAhead,
				true);
	}

	/** Service hours as printed, e.g. 08.00–12.00. */
	public String hoursLabel() {
		return new Session(opensAt, closesAt).label();
	}

	/** The sessions of a day, in order; the last one ends at closing time. */
	List<Session> sessions() {
		List<Session> sessions = new ArrayList<>();
		LocalTime start = opensAt;
		while (start.isBefore(closesAt)) {
			LocalTime end = start.plusMinutes(sessionMinutes);
			if (end.isAfter(closesAt) || end.isBefore(start)) {
				end = closesAt;
			}
			sessions.add(new Session(start, end));
			start = end;
		}
		return sessions;
	}

	/**
	 * The session a queue number is expected in: the day's capacity (the unit quota, or the service quota) is
	 * spread evenly over the sessions in number order; numbers beyond it fall into the last session.
	 */
	Session sessionFor(int number) {
		List<Session> sessions = sessions();
		int capacity = quotaPerUnit != null ? quotaPerUnit : quotaPerService;
		int perSession = Math.max(1, (capacity + sessions.size() - 1) / sessions.size());
		int index = Math.min(sessions.size() - 1, Math.max(0, number - 1) / perSession);
		return sessions.get(index);
	}

	/**
	 * How many more bookings a service can take on a day, given what is booked already (cancelled bookings not
	 * counted; served and no-show ones are).
	 */
	int remaining(int bookedForService, int bookedForUnit) {
		int left = quotaPerService - bookedForService;
		if (quotaPerUnit != null) {
			left = Math.min(left, quotaPerUnit - bookedForUnit);
		}
		return Math.max(0, left);
	}
}
