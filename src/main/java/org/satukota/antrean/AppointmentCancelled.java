package org.satukota.antrean;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * The citizen cancelled a booking before its day; its place in the day's quota is free again (the queue
 * number is never given out again).
 */
public record AppointmentCancelled(long appointmentId, long unitId, LocalDate day, String queueNumber, String serviceCode,
		Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "antrean.appointment-cancelled";
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
