package org.satukota.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;

/**
 * One row of the holiday table with its administrative state. Seeded rows are deactivated, never deleted, so
 * that a re-seed finds the admin's decision and leaves it alone.
 */
record HolidayEntry(long id, LocalDate date, HolidayKind kind, String name, Source source, String note,
		Instant createdAt, String createdBy, boolean active, Instant removedAt, String removedBy,
		String removedReason) {

	enum Source {
		SEED, ADMIN
	}

	Holiday toHoliday() {
		return new Holiday(date, kind, name);
	}

	HolidayEntry deactivate(Actor actor, Instant at, String reason) {
		if (!active) {
			throw new PolicyViolation("calendar.holiday-already-inactive", name);
		}
		return new HolidayEntry(id, date, kind, name, source, note, createdAt, createdBy, false, at,
				actor.username(), reason);
	}

	HolidayEntry reactivate() {
		if (active) {
			throw new PolicyViolation("calendar.holiday-already-active", name);
		}
		return new HolidayEntry(id, date, kind, name, source, note, createdAt, createdBy, true, null, null, null);
	}
}
