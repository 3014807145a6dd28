package org.satukota.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.permohonan.ApplicationOverdue;
import org.satukota.permohonan.PermitExpiring;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds late applications and permits nearing expiry. Safe on several nodes: candidates are locked with
 * {@code FOR UPDATE SKIP LOCKED}, and an overdue step visit is flagged by inserting a unique row, so each event is
 * emitted once however many nodes scan.
 */
@Component
class DeadlineScan {

	static final int EXPIRY_NOTICE_DAYS = 30;

	private static final int BATCH = 100;

	private final ApplicationRepository repository;

	private final ServiceCatalog catalog;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineScan(ApplicationRepository repository, ServiceCatalog catalog, WorkingCalendar calendar,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.catalog = catalog;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${satukota.permohonan.scan-initial-delay-ms:60000}",
			fixedDelayString = "${satukota.permohonan.scan-interval-ms:300000}")
	void scheduled() {
		flagOverdue();
		noticeExpiringPermits();
	}

	/** Emits {@link ApplicationOverdue} for each open step visit found late; returns how many. */
	int flagOverdue() {
		Integer flagged = transactions.execute(tx -> {
			Instant now = clock.instant();
			WorkingCalendar cal = calendar.snapshot();
			Map<Long, ServiceVersion> versions = new HashMap<>();
			int count = 0;
			for (Application app : repository.lockOverdueCandidates(now, BATCH)) {
				ServiceVersion service = versions.computeIfAbsent(app.serviceVersionId(),
						id -> catalog.version(id).orElseThrow());
				// The stored due dates are an index; the live calendar (with today's holidays) decides.
				if (app.isOverdue(service, now, cal) && repository.flagOverdue(app, now)) {
					events.publishEvent(new ApplicationOverdue(app.id(), app.unitId(), app.stepKey(), Actor.SYSTEM, now));
					count++;
				}
			}
			return count;
		});
		return flagged == null ? 0 : flagged;
	}

	/** Emits {@link PermitExpiring} (and so notifies the holder) once per permit, 30 days before it expires. */
	int noticeExpiringPermits() {
		Integer noticed = transactions.execute(tx -> {
			Instant now = clock.instant();
			LocalDate lastDay = calendar.dateOf(now).plusDays(EXPIRY_NOTICE_DAYS);
			int count = 0;
			for (Application app : repository.lockExpiringPermits(lastDay, BATCH)) {
				repository.markExpiryNotified(app.id(), now);
				events.publishEvent(new PermitExpiring(app.id(), app.unitId(), app.documentId(), app.expiresOn(),
						Actor.SYSTEM, now));
				count++;
			}
			return count;
		});
		return noticed == null ? 0 : noticed;
	}
}
