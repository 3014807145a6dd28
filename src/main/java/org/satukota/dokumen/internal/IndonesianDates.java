package org.satukota.dokumen.internal;

import java.time.LocalDate;

/** Dates as Indonesian letters write them: "22 November 2026". Not locale-dependent on purpose. */
final class IndonesianDates {

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember" };

	private IndonesianDates() {
	}

	static String format(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}
}
