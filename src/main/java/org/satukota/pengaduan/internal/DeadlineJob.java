package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;

import org.satukota.account.Role;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintEscalated;
import org.satukota.pengaduan.ComplaintOverdue;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the clocks: closes reports whose reporter stayed silent for their whole window, and escalates missed
 * deadlines — level 1 to the OPD's head (for verification: the coordinators), level 2 some working days later to
 * the coordinators and the command center. Safe on several nodes: candidates are locked with
 * {@code FOR UPDATE SKIP LOCKED}, and each (report, stage, level) is marked by a unique row, so every event is
 * published once. The stored due date is only an index; the live calendar decides.
 */
@Component
class DeadlineJob {

	private static final int BATCH = 200;

	private final ComplaintRepository repository;

	private final Handling handling;

	private final Units units;

	private final Notifier notifier;

	private final WorkingCalendar calendar;

	private final Budgets budgets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineJob(ComplaintRepository repository, Handling handling, Units units, Notifier notifier,
			WorkingCalendar calendar, Budgets budgets, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.handling = handling;
		this.units = units;
		this.notifier = notifier;
		this.calendar = calendar;
		this.budgets = budgets;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${satukota.pengaduan.scan-initial-delay-ms:60000}",
			fixedDelayString = "${satukota.pengaduan.scan-interval-ms:300000}")
	void scheduled() {
		int handled;
		do {
			handled = run();
		}
		while (handled >= BATCH);
	}

	/** One batch; returns how many reports it looked at. */
	int run() {
		Integer count = transactions.execute(tx -> {
			Instant now = clock.instant();
			WorkingCalendar cal = calendar.snapshot();
			int seen = 0;
			for (Complaint c : repository.lockDue(now, BATCH)) {
				seen++;
				handle(c, now, cal);
				repository.update(c, c.deadline(cal), c.nextCheck(cal, budgets));
			}
			return seen;
		});
		return count == null ? 0 : count;
	}

	private void handle(Complaint c, Instant now, WorkingCalendar cal) {
		if (c.status == Status.MENUNGGU_TANGGAPAN) {
			if (c.clock.isOverdue(c.budget, now, cal)) {
				c.closeForSilence(now, cal);
				handling.closed(c, Actor.SYSTEM, now, "ditutup-otomatis", "pengaduan.closed-for-silence");
			}
			return;
		}
		if (!c.clock.isOverdue(c.budget, now, cal)) {
			return;
		}
		Long opd = c.status.withOpd() ? repository.dispositions(c.id).stream()
			.filter(Disposition::active)
			.filter(d -> !d.answered())
			.map(Disposition::opdId)
			.findFirst()
			.orElse(null) : null;
		String stage = c.status.withOpd() ? "tindak-lanjut" : "verifikasi";
		if (c.escalationLevel < 1 && repository.markEscalation(c.id, c.stageSeq, 1, now)) {
			c.escalateTo(1, now);
			events.publishEvent(new ComplaintOverdue(c.id, stage, opd, Actor.SYSTEM, now));
			events.publishEvent(new ComplaintEscalated(c.id, 1, opd, Actor.SYSTEM, now));
			repository.log(c.id, now, Actor.SYSTEM, "pengaduan.escalated", c.status, opd, null, "level 1: " + stage);
			if (opd != null) {
				for (Disposition d : repository.dispositions(c.id)) {
					if (d.active() && !d.answered()) {
						notifier.staff(Role.PEJABAT_PENANDATANGAN, d.opdId(), c, "pengaduan-eskalasi");
						notifier.staff(Role.ADMIN_PENGHUBUNG_OPD, d.opdId(), c, "pengaduan-eskalasi");
					}
				}
			}
			else {
				notifier.staff(Role.ADMIN_PENGADUAN, units.city().id(), c, "pengaduan-eskalasi");
			}
			return;
		}
		boolean secondDue = c.clock.isOverdue(c.budget + budgets.secondEscalationAfter, now, cal);
		if (c.escalationLevel < 2 && secondDue && repository.markEscalation(c.id, c.stageSeq, 2, now)) {
			c.escalateTo(2, now);
			events.publishEvent(new ComplaintEscalated(c.id, 2, opd, Actor.SYSTEM, now));
			repository.log(c.id, now, Actor.SYSTEM, "pengaduan.escalated", c.status, opd, null, "level 2: " + stage);
			notifier.staff(Role.ADMIN_PENGADUAN, units.city().id(), c, "pengaduan-eskalasi");
		}
	}
}
