package org.satukota.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The shipped holiday file, read plainly so unit tests calculate with the real 2024–2027 dates. */
final class SeedHolidays {

	private SeedHolidays() {
	}

	static List<Holiday> all() {
		try (var reader = new BufferedReader(new InputStreamReader(
				SeedHolidays.class.getResourceAsStream("/data/hari-libur.csv"), StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split(",", 3))
				.map(cells -> new Holiday(LocalDate.parse(cells[0]),
						HolidayKind.valueOf(cells[1].toUpperCase(Locale.ROOT)), cells[2]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
