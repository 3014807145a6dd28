package org.satukota.open311.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Datetimes in and out. Out: ISO 8601 with the city's offset, to the second. In: ISO 8601 / W3C datetimes with a zone
 * ({@code Z}, {@code +07:00} or {@code +0700}); a datetime without a zone or a bare date is read in the city's zone
 * (a bare end date includes that whole day). The search window of {@code start_date}/{@code end_date} spans at most
 * 90 days and defaults to the last 90 days.
 */
final class DateRules {

	static final Duration MAX_RANGE = Duration.ofDays(90);

	private static final DateTimeFormatter OUT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendOffset("+HHMM", "Z")
		.toFormatter()
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** A '+' left unencoded in a query string arrives as a space: {@code 2026-01-01T00:00:00 07:00}. */
	private static final Pattern PLUS_AS_SPACE = Pattern.compile(".*T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)? \\d{2}:?\\d{2}$");

	/** The inclusive bounds of a search; either may be {@code null} (open). */
	record Window(Instant from, Instant until) {
	}

	private DateRules() {
	}

	static String format(Instant instant, ZoneId zone) {
		return instant == null ? null : OUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
	}

	/** The instant a parameter names; {@code null} when missing. {@code endOfDay} reads a bare date as its last moment. */
	static Instant parse(Parameters parameters, String name, ZoneId zone, boolean endOfDay) {
		String text = parameters.text(name);
		if (text == null) {
			return null;
		}
		String value = PLUS_AS_SPACE.matcher(text).matches() ? replaceLastSpace(text) : text;
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from,
					OffsetDateTime::from, LocalDateTime::from);
			if (parsed instanceof ZonedDateTime zoned) {
				return zoned.toInstant();
			}
			if (parsed instanceof OffsetDateTime offset) {
				return offset.toInstant();
			}
			return ((LocalDateTime) parsed).atZone(zone).toInstant();
		}
		catch (DateTimeException notIsoDateTime) {
			// other accepted shapes below
		}
		try {
			return OffsetDateTime.parse(value, COMPACT_OFFSET).toInstant();
		}
		catch (DateTimeException notCompactOffset) {
			// a bare date below
		}
		try {
			LocalDate date = LocalDate.parse(value);
			return endOfDay ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)
					: date.atStartOfDay(zone).toInstant();
		}
		catch (DateTimeException notADate) {
			throw Open311Failure.badRequest("open311.error.bad-date", name, text);
		}
	}

	private static String replaceLastSpace(String text) {
		int space = text.lastIndexOf(' ');
		return text.substring(0, space) + '+' + text.substring(space + 1);
	}

	/**
	 * The window of {@code startName}/{@code endName}: both given must be in order and at most 90 days apart; one given
	 * extends 90 days from it; none given is the last 90 days up to now (open-ended).
	 */
	static Window window(Parameters parameters, String startName, String endName, Instant now, ZoneId zone) {
		Instant start = parse(parameters, startName, zone, false);
		Instant end = parse(parameters, endName, zone, true);
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				throw Open311Failure.badRequest("open311.error.end-before-start", startName, endName);
			}
			if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
				throw Open311Failure.badRequest("open311.error.range-too-long", startName, endName,
						MAX_RANGE.toDays());
			}
			return new Window(start, end);
		}
		if (start != null) {
			return new Window(start, start.plus(MAX_RANGE));
		}
		if (end != null) {
			return new Window(end.minus(MAX_RANGE), end);
		}
		return new Window(now.minus(MAX_RANGE), null);
	}

	/** The open bounds of {@code afterName}/{@code beforeName} (no range limit); they must be in order. */
	static Window updated(Parameters parameters, String afterName, String beforeName, ZoneId zone) {
		Instant after = parse(parameters, afterName, zone, false);
		Instant before = parse(parameters, beforeName, zone, true);
		if (after != null && before != null && before.isBefore(after)) {
			throw Open311Failure.badRequest("open311.error.end-before-start", afterName, beforeName);
		}
		return new Window(after, before);
	}
}
