package org.satukota.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * An admin added a day off (a regional holiday or one from a new decree); deadlines that cross {@code date}
 * move. {@code reason} is the decree or note the admin gave, or {@code null}.
 */
public record HolidayAdded(long holidayId, LocalDate date, HolidayKind kind, String name, Actor actor,
		Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "calendar.holiday-added";
	}

	@Override
	public String recordType() {
		return "holiday";
	}

	@Override
	public String recordId() {
		return Long.toString(holidayId);
	}
}
