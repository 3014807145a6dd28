package org.satukota.peringatan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/** Turns stored messages into what pages show: states, formatted times in the city's zone. */
@Component
class WarningViews {

	/** A warning as a row or detail page shows it. {@code state} is berlaku, dibatalkan or kedaluwarsa. */
	record View(String identifier, String msgType, String state, String event, List<String> categories,
			String urgency, String severity, String certainty, String headline, String description,
			String instruction, String areaDescription, List<Cap.Area> areas, String sent, String effective,
			String onset, String expires, String note, String publishedBy, String rootIdentifier,
			String latestIdentifier) {

		boolean inForce() {
			return "berlaku".equals(state);
		}
	}

	private final Units units;

	private final Clock clock;

	WarningViews(Units units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	View view(StoredAlert message, StoredAlert latest, Locale locale) {
		Instant now = clock.instant();
		String state = latest.isCancel() ? "dibatalkan" : latest.expiredAt(now) ? "kedaluwarsa" : "berlaku";
		return new View(message.identifier(), message.msgType(), state, message.event(), message.categories(),
				message.urgency(), message.severity(), message.certainty(), message.headline(),
				message.description(), message.instruction(), message.areaDescription(), message.areas(),
				format(message.sent(), locale), format(message.effective(), locale), format(message.onset(), locale),
				format(message.expires(), locale), message.note(), message.publishedBy(), message.rootIdentifier(),
				latest.identifier());
	}

	public String format(Instant instant, Locale locale) {
		if (instant == null) {
			return null;
		}
		ZoneId zone = units.cityProfile().zone();
		return DateTimeFormatter.ofPattern("d MMM uuuu, HH.mm", locale).format(instant.atZone(zone)) + " "
				+ zoneName(zone);
	}

	/** WIB, WITA or WIT for Indonesian zones; the zone id otherwise. */
	static String zoneName(ZoneId zone) {
		return switch (zone.getId()) {
			case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> zone.getId();
		};
	}
}
