package org.satukota.antrean.internal;

import java.time.Clock;
import java.time.Instant;

import org.satukota.antrean.AppointmentScheduleChanged;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's changes to a unit's appointment schedule. */
@Service
class ScheduleAdministration {

	private final AppointmentRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduleAdministration(AppointmentRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** Saves a checked schedule (see {@link Schedule#of}) and records the change. */
	@Transactional
	void save(Schedule schedule, Actor actor) {
		Instant now = clock.instant();
		repository.saveSchedule(schedule, now, actor.username());
		events.publishEvent(new AppointmentScheduleChanged(schedule.unitId(), schedule.quotaPerService(),
				schedule.quotaPerUnit(), schedule.opensAt(), schedule.closesAt(), schedule.sessionMinutes(),
				schedule.daysAhead(), actor, now));
	}
}
