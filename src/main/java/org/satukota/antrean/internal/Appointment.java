package org.satukota.antrean.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.shared.PolicyViolation;

/** One booking. State changes go through the intention methods, which refuse what the status does not allow. */
record Appointment(long id, long unitId, LocalDate day, int number, String queueNumber, String serviceCode,
		long serviceVersionId, String serviceName, long accountId, String username, AppointmentStatus status,
		Instant bookedAt, Instant calledAt, String calledBy, Instant finishedAt, String finishedBy,
		Instant cancelledAt, Instant remindedAt) {

	/** Whether the citizen may still cancel: only a waiting booking, and only before its day. */
	boolean cancellableOn(LocalDate today) {
		return status == AppointmentStatus.MENUNGGU && today.isBefore(day);
	}

	Appointment cancel(LocalDate today, Instant now) {
		if (status != AppointmentStatus.MENUNGGU) {
			throw new PolicyViolation("antrean.not-cancellable");
		}
		if (!today.isBefore(day)) {
			throw new PolicyViolation("antrean.cancel-too-late");
		}
		return with(AppointmentStatus.DIBATALKAN, calledAt, calledBy, finishedAt, finishedBy, now);
	}

	Appointment call(String by, Instant now) {
		if (status != AppointmentStatus.MENUNGGU) {
			throw new PolicyViolation("antrean.not-waiting", queueNumber);
		}
		return with(AppointmentStatus.DIPANGGIL, now, by, null, null, null);
	}

	Appointment serve(String by, Instant now) {
		requireCalled();
		return with(AppointmentStatus.SELESAI, calledAt, calledBy, now, by, null);
	}

	/** Recorded as not present; the booking keeps its place in the quota (nothing is freed retroactively). */
	Appointment noShow(String by, Instant now) {
		requireCalled();
		return with(AppointmentStatus.TIDAK_HADIR, calledAt, calledBy, now, by, null);
	}

	private void requireCalled() {
		if (status != AppointmentStatus.DIPANGGIL) {
			throw new PolicyViolation("antrean.not-called", queueNumber);
		}
	}

	private Appointment with(AppointmentStatus newStatus, Instant newCalledAt, String newCalledBy,
			Instant newFinishedAt, String newFinishedBy, Instant newCancelledAt) {
		return new Appointment(id, unitId, day, number, queueNumber, serviceCode, serviceVersionId, serviceName,
				accountId, username, newStatus, bookedAt, newCalledAt, newCalledBy, newFinishedAt, newFinishedBy,
				newCancelledAt, remindedAt);
	}
}
