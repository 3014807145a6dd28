package org.satukota.antrean.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.calendar.WorkingCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds citizens on the working day before their visit (or, when that day had no run, any later day before the
 * visit). Each booking is reminded once: rows are claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the
 * same transaction that puts the email in the outbox, so two nodes never send the same reminder.
 */
@Component
class AppointmentReminders {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);

	private final AppointmentRepository repository;

	private final AppointmentBooking booking;

	private final AppointmentMail mail;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AppointmentReminders(AppointmentRepository repository, AppointmentBooking booking, AppointmentMail mail,
			WorkingCalendar calendar, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.booking = booking;
		this.mail = mail;
		this.calendar = calendar;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${satukota.antrean.reminder-initial-delay-ms:60000}",
			fixedDelayString = "${satukota.antrean.reminder-interval-ms:600000}")
	void run() {
		try {
			int sent = sendDue();
			if (sent > 0) {
				log.info("Sent {} appointment reminders", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Appointment reminders failed; retrying on the next run: {}", ex.toString());
		}
	}

	/** Sends every reminder that is due now; returns how many bookings were reminded (with or without email). */
	int sendDue() {
		int total = 0;
		int batch;
		do {
			Integer done = transactions.execute(status -> remindBatch());
			batch = done == null ? 0 : done;
			total += batch;
		}
		while (batch == BATCH);
		return total;
	}

	private int remindBatch() {
		Instant now = clock.instant();
		LocalDate today = calendar.dateOf(now);
		// Visits up to the next working day: on Friday that is Monday's, on a holiday eve the day after it.
		LocalDate upTo = calendar.nextWorkingDay(today);
		List<Appointment> due = repository.dueReminders(today, upTo, BATCH);
		for (Appointment appointment : due) {
			mail.send(AppointmentMail.REMINDER, appointment, booking.schedule(appointment.unitId()));
			// Marked even without an email address, so the booking is not looked at again on every run.
			repository.markReminded(appointment.id(), now);
		}
		return due.size();
	}
}
