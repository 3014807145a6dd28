package org.satukota.antrean;

import java.time.Instant;
import java.time.LocalTime;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * An admin changed a unit's appointment schedule: the daily quota per service, the optional quota for the whole
 * unit ({@code null} when unlimited), service hours, session length and how many working days ahead citizens may
 * book. Bookings already made are kept.
 */
public record AppointmentScheduleChanged(long unitId, int quotaPerService, Integer quotaPerUnit, LocalTime opensAt,
		LocalTime closesAt, int sessionMinutes, int daysAhead, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "antrean.schedule-changed";
	}

	@Override
	public String recordType() {
		return "unit";
	}

	@Override
	public String recordId() {
		return Long.toString(unitId);
	}
}
