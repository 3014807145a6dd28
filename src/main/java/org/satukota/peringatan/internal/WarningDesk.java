package org.satukota.peringatan.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.satukota.directory.Units;
import org.satukota.peringatan.WarningPublished;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the city's warnings as CAP 1.2 messages: a new Alert, an Update or a Cancel of the latest message of a
 * warning. Every document is written, validated against the OASIS schema and stored in one transaction with its
 * {@link WarningPublished} event; nothing is ever changed afterwards.
 */
@Service
class WarningDesk {

	static final String LANGUAGE = "id-ID";

	static final int REASON_MAX = 500;

	private final AlertRepository alerts;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String publicUrl;

	private final String configuredSender;

	WarningDesk(AlertRepository alerts, Units units, ApplicationEventPublisher events, Clock clock,
			@Value("${satukota.public-url}") String publicUrl,
			@Value("${satukota.peringatan.sender:}") String configuredSender) {
		this.alerts = alerts;
		this.units = units;
		this.events = events;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.configuredSender = configuredSender;
	}

	/** The CAP sender: configured, or the host name of the platform's public address. */
	String sender() {
		if (configuredSender != null && !configuredSender.isBlank()) {
			return configuredSender.strip();
		}
		String host = URI.create(publicUrl).getHost();
		return host == null ? "satukota" : host;
	}

	String publicUrl() {
		return publicUrl;
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	@Transactional
	StoredAlert publish(WarningDraft draft, Actor actor) {
		return publish(draft, actor, clock.instant());
	}

	/** Publishes with a given sent time (demo data only uses a time other than now). */
	@Transactional
	StoredAlert publish(WarningDraft draft, Actor actor, Instant sentAt) {
		String identifier = newIdentifier(sentAt);
		StoredAlert stored = store(identifier, "Alert", identifier, 0, List.of(), null, draft, actor, sentAt);
		events.publishEvent(new WarningPublished(identifier, "Alert", identifier, actor, sentAt, null));
		return stored;
	}

	@Transactional
	StoredAlert update(String targetIdentifier, WarningDraft draft, Actor actor) {
		Following following = follow(targetIdentifier);
		Instant now = clock.instant();
		String identifier = newIdentifier(now);
		StoredAlert stored = store(identifier, "Update", following.root(), following.position(),
				following.references(), null, draft, actor, now);
		events.publishEvent(new WarningPublished(identifier, "Update", following.root(), actor, now, null));
		return stored;
	}

	@Transactional
	StoredAlert cancel(String targetIdentifier, String reason, Actor actor) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new PolicyViolation("peringatan.cancel-reason-required");
		}
		if (why.length() > REASON_MAX) {
			throw new PolicyViolation("peringatan.cancel-reason-too-long", REASON_MAX);
		}
		Following following = follow(targetIdentifier);
		StoredAlert latest = following.latest();
		// The cancellation repeats the warning's info, so receivers know what and where is called off.
		WarningDraft same = new WarningDraft(latest.categories(), latest.event(), latest.urgency(), latest.severity(),
				latest.certainty(), latest.headline(), latest.description(), latest.instruction(), latest.effective(),
				latest.onset(), latest.expires(), latest.areas());
		Instant now = clock.instant();
		String identifier = newIdentifier(now);
		StoredAlert stored = store(identifier, "Cancel", following.root(), following.position(),
				following.references(), why, same, actor, now);
		events.publishEvent(new WarningPublished(identifier, "Cancel", following.root(), actor, now, why));
		return stored;
	}

	private record Following(String root, int position, List<Cap.Reference> references, StoredAlert latest) {
	}

	private Following follow(String targetIdentifier) {
		StoredAlert target = alerts.find(targetIdentifier)
			.orElseThrow(() -> new PolicyViolation("peringatan.not-found", targetIdentifier));
		alerts.lockChain(target.rootIdentifier());
		List<StoredAlert> chain = alerts.chain(target.rootIdentifier());
		List<Cap.Reference> references = ReferenceRules.referencesFor(
				chain.stream().map(StoredAlert::asPublished).toList(), targetIdentifier);
		StoredAlert latest = alerts.find(chain.get(chain.size() - 1).identifier()).orElseThrow();
		return new Following(target.rootIdentifier(), chain.size(), references, latest);
	}

	private String newIdentifier(Instant at) {
		String city = units.cityProfile().code().replace(".", "");
		int year = at.atZone(zone()).getYear();
		return String.format("PRG-%s-%d-%06d", city, year, alerts.nextSequence());
	}

	private StoredAlert store(String identifier, String msgType, String root, int position,
			List<Cap.Reference> references, String note, WarningDraft draft, Actor actor, Instant sentAt) {
		Instant sent = sentAt.truncatedTo(ChronoUnit.SECONDS);
		ZoneId zone = zone();
		Cap.Info info = new Cap.Info(LANGUAGE, draft.categories(), draft.event(), draft.urgency(), draft.severity(),
				draft.certainty(), time(draft.effective(), zone), time(draft.onset(), zone),
				time(draft.expires(), zone), "Pemerintah " + units.cityProfile().name(), draft.headline(),
				draft.description(), draft.instruction(), publicUrl + "/peringatan/" + identifier, draft.areas());
		Cap.Alert alert = new Cap.Alert(identifier, sender(), Cap.time(sent, zone), "Actual", msgType, "Public",
				note, references, info);
		byte[] xml = CapWriter.alert(alert);
		// Never publish a document receivers would reject.
		CapXml.validate(CapXml.parse(xml));
		StoredAlert stored = new StoredAlert(0, identifier, alert.sender(), sent, alert.sent(), alert.status(),
				msgType, alert.scope(), note, alert.referencesText(), root, position, draft.categories(),
				draft.event(), draft.urgency(), draft.severity(), draft.certainty(), draft.headline(),
				draft.description(), draft.instruction(), draft.effective(), draft.onset(), draft.expires(),
				actor.username(), actor.role(), CapWriter.string(xml), draft.areas());
		alerts.insert(stored);
		return stored;
	}

	private static String time(Instant instant, ZoneId zone) {
		return instant == null ? null : Cap.time(instant, zone);
	}
}
