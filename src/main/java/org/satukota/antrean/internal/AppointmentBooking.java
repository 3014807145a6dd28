package org.satukota.antrean.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.satukota.antrean.AppointmentBooked;
import org.satukota.antrean.AppointmentCancelled;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.layanan.ServiceVersion;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens booking and cancelling visits. Every booking and cancellation of a unit's day first locks that day's
 * counter row, so the quota check, the queue number and the insert happen one at a time per unit and day — on any
 * number of nodes — and the last slot goes to exactly one citizen.
 */
@Service
class AppointmentBooking {

	/** The citizen acting: the account and its principal name ({@code warga-42}). */
	record Citizen(long accountId, String username) {
	}

	/** A day the citizen may choose, with the places left for the chosen service. */
	record DayOption(LocalDate day, int remaining) {

		public boolean full() {
			return remaining <= 0;
		}
	}

	private final AppointmentRepository repository;

	private final VisitServices services;

	private final WorkingCalendar calendar;

	private final AppointmentMail mail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppointmentBooking(AppointmentRepository repository, VisitServices services, WorkingCalendar calendar,
			AppointmentMail mail, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.services = services;
		this.calendar = calendar;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	Schedule schedule(long unitId) {
		return repository.schedule(unitId).orElseGet(() -> Schedule.defaults(unitId));
	}

	LocalDate today() {
		return calendar.dateOf(clock.instant());
	}

	/** The bookable days for a service at a unit, with the places left on each. */
	@Transactional(readOnly = true)
	List<DayOption> dayOptions(ServiceVersion service, long unitId) {
		Schedule schedule = schedule(unitId);
		List<LocalDate> days = BookingWindow.days(today(), schedule.daysAhead(), calendar.snapshot());
		Map<LocalDate, AppointmentRepository.DayCount> counts = repository
			.countsBetween(unitId, service.code(), days.get(0), days.get(days.size() - 1))
			.stream()
			.collect(Collectors.toMap(AppointmentRepository.DayCount::day, Function.identity()));
		return days.stream().map(day -> {
			AppointmentRepository.DayCount count = counts.get(day);
			int remaining = count == null ? schedule.remaining(0, 0)
					: schedule.remaining(count.forService(), count.forUnit());
			return new DayOption(day, remaining);
		}).toList();
	}

	/**
	 * Books a visit and returns it with its queue number; sends the confirmation email with the booking.
	 * @throws PolicyViolation {@code antrean.quota-full} when the day is full, {@code antrean.already-booked} for a
	 * second active booking of the same service and day, and others for an unknown service, unit or day
	 */
	@Transactional
	Appointment book(String serviceCode, Long unitId, LocalDate day, Citizen citizen) {
		ServiceVersion service = services.find(serviceCode)
			.orElseThrow(() -> new PolicyViolation("antrean.service-unknown"));
		if (unitId == null || !services.givenAt(service, unitId)) {
			throw new PolicyViolation("antrean.unit-invalid");
		}
		if (day == null) {
			throw new PolicyViolation("antrean.day-required");
		}
		Schedule schedule = schedule(unitId);
		if (!BookingWindow.contains(today(), schedule.daysAhead(), calendar.snapshot(), day)) {
			throw new PolicyViolation("antrean.day-unavailable");
		}
		int lastNumber = repository.lockDay(unitId, day);
		if (repository.hasActive(citizen.accountId(), service.code(), day)) {
			throw new PolicyViolation("antrean.already-booked");
		}
		int remaining = schedule.remaining(repository.countActive(unitId, day, service.code()),
				repository.countActive(unitId, day));
		if (remaining <= 0) {
			throw new PolicyViolation("antrean.quota-full");
		}
		int number = lastNumber + 1;
		repository.setLastNumber(unitId, day, number);
		Instant now = clock.instant();
		Appointment appointment = new Appointment(0, unitId, day, number, QueueNumber.format(number), service.code(),
				service.id(), service.name(), citizen.accountId(), citizen.username(), AppointmentStatus.MENUNGGU, now,
				null, null, null, null, null, null);
		long id;
		try {
			id = repository.insert(appointment);
		}
		catch (DuplicateKeyException ex) {
			// The same citizen booked the same service for the same day at another unit a moment ago.
			throw new PolicyViolation("antrean.already-booked");
		}
		Appointment booked = repository.find(id).orElseThrow();
		events.publishEvent(new AppointmentBooked(id, unitId, day, booked.queueNumber(), service.code(),
				Actor.citizen(citizen.username()), now));
		mail.send(AppointmentMail.CONFIRMATION, booked, schedule);
		return booked;
	}

	/** The citizen's bookings, latest day first. */
	@Transactional(readOnly = true)
	List<Appointment> ofCitizen(long accountId) {
		return repository.ofCitizen(accountId);
	}

	/**
	 * Cancels a waiting booking before its day; its place in the quota is free again.
	 * @throws AppointmentNotFound when it is not the citizen's booking
	 */
	@Transactional
	Appointment cancel(long appointmentId, Citizen citizen) {
		Appointment found = repository.find(appointmentId)
			.filter(a -> a.accountId() == citizen.accountId())
			.orElseThrow(AppointmentNotFound::new);
		repository.lockDay(found.unitId(), found.day());
		Appointment current = repository.findForUpdate(appointmentId).orElseThrow(AppointmentNotFound::new);
		Instant now = clock.instant();
		Appointment cancelled = current.cancel(today(), now);
		repository.updateState(cancelled);
		events.publishEvent(new AppointmentCancelled(cancelled.id(), cancelled.unitId(), cancelled.day(),
				cancelled.queueNumber(), cancelled.serviceCode(), Actor.citizen(citizen.username()), now));
		return cancelled;
	}
}
