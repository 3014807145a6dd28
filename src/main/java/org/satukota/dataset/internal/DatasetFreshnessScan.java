package org.satukota.dataset.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.Role;
import org.satukota.dataset.DatasetStale;
import org.satukota.dataset.DatasetStaleEscalated;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.satukota.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds published datasets past their promised update. The first time a dataset is found late (once per lateness
 * episode: the next update ends it) it publishes {@code dataset.stale} and e-mails the owner unit's pengelola data;
 * when it is still late a grace period after it fell due, it e-mails Diskominfo's pengelola data once. Safe on
 * several nodes: datasets are locked with {@code FOR UPDATE SKIP LOCKED} and the episode is recorded on the row in
 * the same transaction, so each finding happens once.
 */
@Component
class DatasetFreshnessScan {

	private static final int BATCH = 500;

	private final DatasetRepository repository;

	private final Units units;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final DatasetViews views;

	private final Clock clock;

	private final Duration grace;

	DatasetFreshnessScan(DatasetRepository repository, Units units, Accounts accounts, Notifications notifications,
			ApplicationEventPublisher events, TransactionTemplate transactions, DatasetViews views, Clock clock,
			@Value("${satukota.dataset.escalation-grace:P7D}") Duration grace) {
		this.repository = repository;
		this.units = units;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.transactions = transactions;
		this.views = views;
		this.clock = clock;
		this.grace = grace;
	}

	@Scheduled(initialDelayString = "${satukota.dataset.freshness-initial-delay-ms:90000}",
			fixedDelayString = "${satukota.dataset.freshness-interval-ms:600000}")
	void scheduled() {
		scan();
	}

	/** What one run found: datasets newly late and datasets escalated. */
	record Findings(int stale, int escalated) {
	}

	Findings scan() {
		Findings findings = transactions.execute(tx -> {
			Instant now = clock.instant();
			ZoneId zone = units.cityProfile().zone();
			int stale = 0;
			int escalated = 0;
			for (Dataset d : repository.lockFreshnessCandidates(BATCH)) {
				if (!d.lateAt(now, zone)) {
					if (d.staleSince() != null) {
						// Frequency changed or data updated without a new episode: the old episode is over.
						repository.clearStale(d.id());
					}
					continue;
				}
				Instant due = d.dueAt(zone);
				if (d.staleSince() == null) {
					repository.markStale(d.id(), now);
					events.publishEvent(new DatasetStale(d.id(), d.slug(), d.ownerUnitId(), due, Actor.SYSTEM, now));
					notify(ownerStaff(d), "dataset-terlambat", d, due);
					stale++;
				}
				if (d.escalatedAt() == null && !now.isBefore(due.plus(grace))) {
					repository.markEscalated(d.id(), now);
					events.publishEvent(new DatasetStaleEscalated(d.id(), d.slug(), d.ownerUnitId(), due, Actor.SYSTEM,
							now));
					notify(diskominfoStaff(), "dataset-eskalasi", d, due);
					escalated++;
				}
			}
			return new Findings(stale, escalated);
		});
		return findings == null ? new Findings(0, 0) : findings;
	}

	private Set<String> ownerStaff(Dataset d) {
		Set<String> emails = new LinkedHashSet<>();
		for (AccountView account : accounts.staffHolding(Role.PENGELOLA_DATA, d.ownerUnitId())) {
			if (Notification.isEmailAddress(account.email())) {
				emails.add(account.email().strip());
			}
		}
		return emails;
	}

	private Set<String> diskominfoStaff() {
		Set<String> emails = new LinkedHashSet<>();
		UnitView diskominfo = units.findByCode("DISKOMINFO").orElse(units.city());
		for (AccountView account : accounts.staffHolding(Role.PENGELOLA_DATA, diskominfo.id())) {
			if (Notification.isEmailAddress(account.email())) {
				emails.add(account.email().strip());
			}
		}
		return emails;
	}

	private void notify(Set<String> recipients, String template, Dataset d, Instant due) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("judul", d.title());
		values.put("unit", views.unitName(d.ownerUnitId()));
		values.put("diperbarui", views.date(d.updatedAt(), null));
		values.put("tenggat", views.dateTime(due, null));
		values.put("frekuensi", d.frequency().name());
		values.put("tautan", views.publicUrl() + "/staf/data/" + d.id());
		values.put("tautanPublik", views.publicUrl() + "/data/" + d.slug());
		for (String email : recipients) {
			notifications.send(Notification.email(email, template, values));
		}
	}
}
