package org.satukota.calendar;

/** Why a day is off: a national holiday, a joint-leave day for civil servants, or a day the region adds. */
public enum HolidayKind {
	/** Hari libur nasional. */
	NASIONAL,
	/** Cuti bersama: government offices are closed. */
	CUTI_BERSAMA,
	/** Hari libur daerah: a holiday of this region only, added by the city's admin. */
	DAERAH
}
