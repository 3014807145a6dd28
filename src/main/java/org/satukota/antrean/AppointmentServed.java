package org.satukota.antrean;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * The called citizen came and was served at the counter.
 */
public record AppointmentServed(long appointmentId, long unitId, LocalDate day, String queueNumber, String serviceCode,
		Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "antrean.appointment-served";
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
