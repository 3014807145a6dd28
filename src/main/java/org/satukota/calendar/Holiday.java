package org.satukota.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One active day off: its date, kind and Indonesian name. Several holidays can share a date. */
public record Holiday(LocalDate date, HolidayKind kind, String name) {

	public Holiday {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}
}
