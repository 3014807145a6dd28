package org.satukota.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin made a holiday a working day again (e.g. a decree moved it); the row is kept, never deleted. */
public record HolidayDeactivated(long holidayId, LocalDate date, HolidayKind kind, String name, Actor actor,
		Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "calendar.holiday-deactivated";
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
