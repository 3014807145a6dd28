package org.satukota.peringatan.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The parts of a CAP 1.2 message the platform writes and reads, and the vocabulary of the standard. */
final class Cap {

	static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

	static final List<String> CATEGORIES = List.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health",
			"Env", "Transport", "Infra", "CBRNE", "Other");

	static final List<String> URGENCIES = List.of("Immediate", "Expected", "Future", "Past", "Unknown");

	static final List<String> SEVERITIES = List.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");

	static final List<String> CERTAINTIES = List.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

	/** The geocode name for Kemendagri region codes (kelurahan/desa), as in {@code 16.71.05.1009}. */
	static final String KEMENDAGRI = "KEMENDAGRI";

	// CAP times carry an explicit offset and never "Z" (the schema's pattern refuses it): "xxx" prints +00:00.
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private Cap() {
	}

	/** The CAP text of an instant in a zone: seconds precision, explicit offset. */
	static String time(Instant instant, ZoneId zone) {
		return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
	}

	static String time(OffsetDateTime time) {
		return TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
	}

	static OffsetDateTime parseTime(String text) {
		return OffsetDateTime.parse(text.strip());
	}

	/** Severity rank for ordering: Extreme first. */
	static int severityRank(String severity) {
		int index = SEVERITIES.indexOf(severity);
		return index < 0 ? SEVERITIES.size() : index;
	}

	record Alert(String identifier, String sender, String sent, String status, String msgType, String scope,
			String note, List<Reference> references, Info info) {

		Alert {
			references = List.copyOf(references);
		}

		/** The CAP {@code references} value: space-separated {@code sender,identifier,sent} triplets. */
		String referencesText() {
			return references.isEmpty() ? null
					: String.join(" ", references.stream().map(Reference::toCap).toList());
		}
	}

	/** One {@code info} block; times are CAP text (or {@code null} when absent). */
	record Info(String language, List<String> categories, String event, String urgency, String severity,
			String certainty, String effective, String onset, String expires, String senderName, String headline,
			String description, String instruction, String web, List<Area> areas) {

		Info {
			categories = List.copyOf(categories);
			areas = List.copyOf(areas);
		}
	}

	record Area(String description, List<String> polygons, List<String> circles, List<Geocode> geocodes) {

		Area {
			polygons = List.copyOf(polygons);
			circles = List.copyOf(circles);
			geocodes = List.copyOf(geocodes);
		}
	}

	record Geocode(String valueName, String value) {
	}

	record Reference(String sender, String identifier, String sent) {

		String toCap() {
			return sender + "," + identifier + "," + sent;
		}

		/** Parses the CAP {@code references} value; malformed triplets are skipped. */
		static List<Reference> parseAll(String text) {
			if (text == null || text.isBlank()) {
				return List.of();
			}
			return java.util.Arrays.stream(text.strip().split("\\s+"))
				.map(triplet -> triplet.split(","))
				.filter(parts -> parts.length == 3)
				.map(parts -> new Reference(parts[0], parts[1], parts[2]))
				.toList();
		}
	}
}
