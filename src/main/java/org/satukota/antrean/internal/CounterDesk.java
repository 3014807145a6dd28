package org.satukota.antrean.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.satukota.antrean.AppointmentCalled;
import org.satukota.antrean.AppointmentNoShow;
import org.satukota.antrean.AppointmentServed;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter: today's queue of a unit, calling the next number, and recording served or not present. Callers
 * check that the staff member's role reaches the unit; this class records who did what.
 */
@Service
class CounterDesk {

	private final AppointmentRepository repository;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CounterDesk(AppointmentRepository repository, WorkingCalendar calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return calendar.dateOf(clock.instant());
	}

	/** Today's queue of the unit in number order (cancelled bookings left out). */
	@Transactional(readOnly = true)
	List<Appointment> todaysQueue(long unitId) {
		return repository.queue(unitId, today());
	}

	@Transactional(readOnly = true)
	Appointment find(long appointmentId) {
		return repository.find(appointmentId).orElseThrow(AppointmentNotFound::new);
	}

	/**
	 * Calls the lowest waiting number of today.
	 * @throws PolicyViolation {@code antrean.queue-empty} when nobody is waiting
	 */
	@Transactional
	Appointment callNext(long unitId, Actor actor) {
		Appointment next = repository.nextWaitingForUpdate(unitId, today())
			.orElseThrow(() -> new PolicyViolation("antrean.queue-empty"));
		Instant now = clock.instant();
		Appointment called = next.call(actor.username(), now);
		repository.updateState(called);
		events.publishEvent(new AppointmentCalled(called.id(), called.unitId(), called.day(), called.queueNumber(),
				called.serviceCode(), actor, now));
		return called;
	}

	@Transactional
	Appointment serve(long appointmentId, Actor actor) {
		Appointment current = repository.findForUpdate(appointmentId).orElseThrow(AppointmentNotFound::new);
		Instant now = clock.instant();
		Appointment served = current.serve(actor.username(), now);
		repository.updateState(served);
		events.publishEvent(new AppointmentServed(served.id(), served.unitId(), served.day(), served.queueNumber(),
				served.serviceCode(), actor, now));
		return served;
	}

	/** Records that the called citizen did not come; the booking keeps counting against the day's quota. */
	@Transactional
	Appointment noShow(long appointmentId, Actor actor) {
		Appointment current = repository.findForUpdate(appointmentId).orElseThrow(AppointmentNotFound::new);
		Instant now = clock.instant();
		Appointment absent = current.noShow(actor.username(), now);
		repository.updateState(absent);
		events.publishEvent(new AppointmentNoShow(absent.id(), absent.unitId(), absent.day(), absent.queueNumber(),
				absent.serviceCode(), actor, now));
		return absent;
	}
}
