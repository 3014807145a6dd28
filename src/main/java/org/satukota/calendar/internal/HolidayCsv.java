package org.satukota.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;

/** Reads the shipped national list ({@code tanggal,jenis,nama}); a malformed line stops start-up with its number. */
final class HolidayCsv {

	static final String RESOURCE = "data/hari-libur.csv";

	private HolidayCsv() {
	}

	static List<Holiday> read(InputStream in) throws IOException {
		List<Holiday> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !header.strip().equals("tanggal,jenis,nama")) {
				throw new IllegalStateException(RESOURCE + ": expected the header tanggal,jenis,nama");
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				rows.add(parse(line, number));
			}
		}
		return List.copyOf(rows);
	}

	private static Holiday parse(String line, int number) {
		String[] cells = line.split(",", 3);
		if (cells.length != 3 || cells[2].isBlank()) {
			throw new IllegalStateException(RESOURCE + " line " + number + ": expected tanggal,jenis,nama");
		}
		try {
			return new Holiday(LocalDate.parse(cells[0].strip()), kind(cells[1].strip(), number), cells[2].strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(RESOURCE + " line " + number + ": invalid date " + cells[0], ex);
		}
	}

	private static HolidayKind kind(String jenis, int number) {
		return switch (jenis) {
			case "nasional" -> HolidayKind.NASIONAL;
			case "cuti_bersama" -> HolidayKind.CUTI_BERSAMA;
			case "daerah" -> HolidayKind.DAERAH;
			default -> throw new IllegalStateException(RESOURCE + " line " + number + ": unknown jenis " + jenis);
		};
	}
}
