package org.satukota.dokumen.internal;

import java.time.LocalDate;

/**
 * Turns a unit's numbering format into a number: {@code {nomor}} (zero-padded to 3 digits; longer sequences keep
 * all their digits), {@code {tahun}}, {@code {bulan}} (01–12) and {@code {bulan-romawi}} (I–XII), the month in
 * Roman numerals that Indonesian official letters commonly carry.
 */
final class NumberFormatRule {

	private static final String[] ROMAN_MONTHS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII" };

	private NumberFormatRule() {
	}

	static String render(String format, long sequence, LocalDate issueDate) {
		if (format == null || format.isBlank()) {
			throw new IllegalArgumentException("A numbering format is required");
		}
		if (!format.contains("{nomor}")) {
			throw new IllegalArgumentException("A numbering format must contain {nomor}: " + format);
		}
		return format.replace("{nomor}", String.format("%03d", sequence))
			.replace("{tahun}", String.valueOf(issueDate.getYear()))
			.replace("{bulan-romawi}", ROMAN_MONTHS[issueDate.getMonthValue() - 1])
			.replace("{bulan}", String.format("%02d", issueDate.getMonthValue()));
	}
}
