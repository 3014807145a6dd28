package org.satukota.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How often published content (a dataset, a portal page) promises to be updated. The promise is what makes
 * staleness visible: content not updated by {@link #dueAfter} is late ("terlambat diperbarui").
 */
public enum UpdateFrequency {
	DAILY, WEEKLY, MONTHLY, QUARTERLY, SEMIANNUAL, YEARLY,
	/** Updated when something changes; never late by the calendar. */
	AS_NEEDED;

	/**
	 * The moment after which content last updated at {@code lastUpdated} is late: the same local time one period
	 * later in the city's zone (month ends clamp, so 31 January + 1 month is 28/29 February), or {@code null} for
	 * {@link #AS_NEEDED}.
	 */
	public Instant dueAfter(Instant lastUpdated, ZoneId cityZone) {
		ZonedDateTime at = lastUpdated.atZone(cityZone);
		ZonedDateTime due = switch (this) {
			case DAILY -> at.plusDays(1);
			case WEEKLY -> at.plusWeeks(1);
			case MONTHLY -> at.plusMonths(1);
			case QUARTERLY -> at.plusMonths(3);
			case SEMIANNUAL -> at.plusMonths(6);
			case YEARLY -> at.plusYears(1);
			case AS_NEEDED -> null;
		};
		return due == null ? null : due.toInstant();
	}

	/** Whether content last updated at {@code lastUpdated} is late at {@code now}. */
	public boolean isLate(Instant lastUpdated, Instant now, ZoneId cityZone) {
		Instant due = dueAfter(lastUpdated, cityZone);
		return due != null && now.isAfter(due);
	}
}
