package org.satukota.antrean;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * The called citizen did not come. Recorded for the unit's statistics; it frees nothing retroactively:
 * the booking keeps counting against that day's quota.
 */
public record AppointmentNoShow(long appointmentId, long unitId, LocalDate day, String queueNumber, String serviceCode,
		Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "antrean.appointment-no-show";
	}

	@Override
	public String recordType() {
		return "appointment";
	}

	@Override
	public String recordId() {
		return Long.toString(appointmentId);
	}
}
