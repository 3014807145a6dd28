package org.satukota.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Indonesia's three time zones with the abbreviations people read on a page ("10.00 WIB"). Indonesia keeps no
 * daylight saving time, so each is a fixed offset.
 */
public enum IndonesianTimeZone {

	/** Waktu Indonesia Barat, UTC+7 (Sumatra, Java, West and Central Kalimantan). */
	WIB(ZoneId.of("Asia/Jakarta")),
	/** Waktu Indonesia Tengah, UTC+8 (Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi). */
	WITA(ZoneId.of("Asia/Makassar")),
	/** Waktu Indonesia Timur, UTC+9 (Maluku, Papua). */
	WIT(ZoneId.of("Asia/Jayapura"));

	private final ZoneId zone;

	IndonesianTimeZone(ZoneId zone) {
		this.zone = zone;
	}

	/** The canonical zone id, e.g. {@code Asia/Jakarta} for WIB. */
	public ZoneId zone() {
		return zone;
	}

	/** The Indonesian zone a zone id keeps (by its current offset), e.g. WITA for {@code Asia/Makassar}. */
	public static Optional<IndonesianTimeZone> of(ZoneId zoneId) {
		Instant reference = Instant.parse("2026-01-01T00:00:00Z");
		ZoneOffset offset = zoneId.getRules().getOffset(reference);
		for (IndonesianTimeZone candidate : values()) {
			if (candidate.zone.getRules().getOffset(reference).equals(offset)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
