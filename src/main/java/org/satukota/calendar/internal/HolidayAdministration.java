package org.satukota.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.satukota.calendar.HolidayAdded;
import org.satukota.calendar.HolidayDeactivated;
import org.satukota.calendar.HolidayKind;
import org.satukota.calendar.HolidayReactivated;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's decisions about days off. Each one changes the table, bumps the calendar revision and publishes
 * its audited event in one transaction.
 */
@Service
class HolidayAdministration {

	static final int NAME_MAX = 150;

	static final int TEXT_MAX = 500;

	/** A day to add: {@code note} is the decree or other basis, optional. */
	record NewHoliday(LocalDate date, HolidayKind kind, String name, String note) {
	}

	private final HolidayRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HolidayAdministration(HolidayRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<HolidayEntry> inYear(int year) {
		return repository.inYear(year);
	}

	@Transactional(readOnly = true)
	List<Integer> yearsWithHolidays() {
		return repository.yearsWithHolidays();
	}

	@Transactional
	long add(NewHoliday holiday, Actor actor) {
		if (holiday.date() == null) {
			throw new PolicyViolation("calendar.date-required");
		}
		if (holiday.kind() == null) {
			throw new PolicyViolation("calendar.kind-required");
		}
		String name = clean(holiday.name());
		if (name == null) {
			throw new PolicyViolation("calendar.name-required");
		}
		if (name.length() > NAME_MAX) {
			throw new PolicyViolation("calendar.name-too-long", NAME_MAX);
		}
		String note = clean(holiday.note());
		if (note != null && note.length() > TEXT_MAX) {
			throw new PolicyViolation("calendar.note-too-long", TEXT_MAX);
		}
		if (repository.exists(holiday.date(), name)) {
			throw new PolicyViolation("calendar.holiday-exists", name);
		}
		Instant now = clock.instant();
		long id;
		try {
			id = repository.insert(holiday.date(), holiday.kind(), name, HolidayEntry.Source.ADMIN, note, now,
					actor.username());
		}
		catch (DuplicateKeyException ex) {
			// Another admin added the same day between the check and the insert.
			throw new PolicyViolation("calendar.holiday-exists", name);
		}
		repository.bumpRevision();
		events.publishEvent(new HolidayAdded(id, holiday.date(), holiday.kind(), name, actor, now, note));
		return id;
	}

	@Transactional
	void deactivate(long id, String reason, Actor actor) {
		String why = requireReason(reason);
		HolidayEntry entry = repository.findForUpdate(id).orElseThrow(() -> new HolidayNotFound(id));
		Instant now = clock.instant();
		HolidayEntry deactivated = entry.deactivate(actor, now, why);
		repository.updateState(deactivated);
		repository.bumpRevision();
		events.publishEvent(new HolidayDeactivated(id, entry.date(), entry.kind(), entry.name(), actor, now, why));
	}

	@Transactional
	void reactivate(long id, String reason, Actor actor) {
		String why = requireReason(reason);
		HolidayEntry entry = repository.findForUpdate(id).orElseThrow(() -> new HolidayNotFound(id));
		repository.updateState(entry.reactivate());
		repository.bumpRevision();
		events.publishEvent(new HolidayReactivated(id, entry.date(), entry.kind(), entry.name(), actor,
				clock.instant(), why));
	}

	private static String requireReason(String reason) {
		String why = clean(reason);
		if (why == null) {
			throw new PolicyViolation("calendar.reason-required");
		}
		if (why.length() > TEXT_MAX) {
			throw new PolicyViolation("calendar.reason-too-long", TEXT_MAX);
		}
		return why;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip().replaceAll("\\s+", " ");
		return stripped.isEmpty() ? null : stripped;
	}
}
