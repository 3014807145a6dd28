package org.satukota.informasi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.informasi.PageStale;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.satukota.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds published portal items past their update promise. Lateness itself is shown to the public from the item's
 * own dates at every request; this job records each lateness episode once, reminds the owner unit's pengelola data,
 * escalates to Diskominfo's after a grace period and tells the command center ({@link PageStale}). Safe on several
 * nodes without a lock: the episode row's unique key lets exactly one node open it, and escalation claims rows with
 * a conditional update.
 */
@Component
class PageFreshnessScan {

	/** The OPD that answers for the portal as a whole. */
	static final String DISKOMINFO = "DISKOMINFO";

	private final ContentRepository contents;

	private final LatenessEpisodes episodes;

	private final Units units;

	private final Accounts accounts;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration grace;

	private final String publicUrl;

	PageFreshnessScan(ContentRepository contents, LatenessEpisodes episodes, Units units, Accounts accounts,
			Notifications notifications, MessageSource messages, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock,
			@Value("${satukota.informasi.escalation-grace:P3D}") Duration grace,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.contents = contents;
		this.episodes = episodes;
		this.units = units;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.grace = grace;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** What one scan did. */
	record Result(int found, int resolved, int escalated) {
	}

	@Scheduled(initialDelayString = "${satukota.informasi.freshness-initial-delay-ms:90000}",
			fixedDelayString = "${satukota.informasi.freshness-interval-ms:600000}")
	void scheduled() {
		scan();
	}

	Result scan() {
		Instant now = clock.instant();
		ZoneId zone = units.cityProfile().zone();
		int resolved = resolveEnded(now, zone);
		int found = 0;
		for (Content content : contents.publishedWithSchedule()) {
			Instant due = content.dueAt(zone);
			if (due != null && now.isAfter(due)) {
				Boolean opened = transactions.execute(tx -> {
					if (!episodes.open(content.id(), due, now)) {
						return false;
					}
					events.publishEvent(new PageStale(content.id(), content.unitId(), due, Actor.SYSTEM, now));
					remindOwners(content, due);
					return true;
				});
				found += Boolean.TRUE.equals(opened) ? 1 : 0;
			}
		}
		Integer escalated = transactions.execute(tx -> {
			int count = 0;
			for (LatenessEpisodes.Episode episode : episodes.claimEscalations(now.minus(grace), now)) {
				contents.find(episode.contentId()).ifPresent(content -> escalate(content, episode.dueAt()));
				count++;
			}
			return count;
		});
		return new Result(found, resolved, escalated == null ? 0 : escalated);
	}

	/** Ends the episodes of items updated (a new promise), withdrawn or no longer on a schedule since. */
	private int resolveEnded(Instant now, ZoneId zone) {
		int resolved = 0;
		for (LatenessEpisodes.Episode episode : episodes.unresolved()) {
			Content content = contents.find(episode.contentId()).orElse(null);
			if (content == null || !content.published() || !episode.dueAt().equals(content.dueAt(zone))) {
				episodes.resolve(episode.id(), now);
				resolved++;
			}
		}
		return resolved;
	}

	private void remindOwners(Content content, Instant due) {
		UnitView unit = units.find(content.unitId()).orElse(null);
		Map<String, String> values = values(content, due, unit);
		values.put("tenggang", days(grace));
		values.put("tautanStaf", publicUrl + "/staf/konten/" + content.id());
		send(accounts.staffHolding(Role.PENGELOLA_DATA, content.unitId()), "informasi-terlambat", values);
	}

	private void escalate(Content content, Instant due) {
		UnitView owner = units.find(content.unitId()).orElse(null);
		UnitView kominfo = units.findByCode(DISKOMINFO).orElse(units.city());
		send(accounts.staffHolding(Role.PENGELOLA_DATA, kominfo.id()), "informasi-eskalasi",
				values(content, due, owner));
	}

	private Map<String, String> values(Content content, Instant due, UnitView unit) {
		Locale id = Notification.INDONESIAN;
		Map<String, String> values = new HashMap<>();
		values.put("judul", content.title());
		values.put("unit", unit == null ? "" : unit.name());
		values.put("frekuensi", messages.getMessage(
				"informasi.frequency." + content.frequency().name().toLowerCase(Locale.ROOT), null, id));
		values.put("diperbarui", date(content.updatedAt()));
		values.put("jatuhTempo", date(due));
		values.put("tautan", publicUrl + content.path());
		return values;
	}

	private void send(List<AccountView> recipients, String template, Map<String, String> values) {
		for (AccountView account : recipients) {
			if (account.enabled() && Notification.isEmailAddress(account.email())) {
				Map<String, String> personal = new HashMap<>(values);
				personal.put("nama", account.fullName());
				notifications.send(Notification.email(account.email(), template, personal));
			}
		}
	}

	private String date(Instant at) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Notification.INDONESIAN)
			.format(at.atZone(units.cityProfile().zone()));
	}

	private static String days(Duration duration) {
		long hours = duration.toHours();
		return hours % 24 == 0 ? (hours / 24) + " hari" : hours + " jam";
	}
}
