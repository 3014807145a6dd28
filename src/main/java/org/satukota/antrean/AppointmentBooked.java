package org.satukota.antrean;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A citizen booked a visit to {@code unitId} on {@code day} for the service {@code serviceCode} and got
 * {@code queueNumber} (e.g. {@code A-007}), unique for that unit and day.
 */
public record AppointmentBooked(long appointmentId, long unitId, LocalDate day, String queueNumber, String serviceCode,
		Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "antrean.appointment-booked";
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
