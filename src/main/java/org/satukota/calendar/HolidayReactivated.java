package org.satukota.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin made a deactivated holiday a day off again. */
public record HolidayReactivated(long holidayId, LocalDate date, HolidayKind kind, String name, Actor actor,
		Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "calendar.holiday-reactivated";
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
