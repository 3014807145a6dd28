package org.satukota.dataset.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks).
 * The delimiter is a comma or a semicolon, whichever the header line uses more of: spreadsheets set to Indonesian
 * write semicolons because the comma is their decimal separator.
 */
final class CsvReader {

	/** One record and the spreadsheet row it came from (the header is row 1). */
	record Line(int row, List<String> fields) {

		boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}
	}

	/** The records, or the row at which a quoted field was left open. */
	record Parsed(char delimiter, List<Line> lines, int unclosedQuoteRow) {
	}

	private CsvReader() {
	}

	static char detectDelimiter(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	static Parsed parse(String text) {
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		char delimiter = detectDelimiter(text);
		List<Line> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int row = 1;
		int quoteStartRow = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					field.append(c);
				}
				i++;
				continue;
			}
			if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
				quoteStartRow = row;
				any = true;
			}
			else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				lines.add(new Line(row, List.copyOf(fields)));
				fields.clear();
				field.setLength(0);
				any = false;
				row++;
			}
			else {
				field.append(c);
				any = true;
			}
			i++;
		}
		if (quoted) {
			return new Parsed(delimiter, lines, quoteStartRow);
		}
		if (any || field.length() > 0) {
			fields.add(field.toString());
			lines.add(new Line(row, List.copyOf(fields)));
		}
		return new Parsed(delimiter, lines, 0);
	}
}
