package org.satukota.survei.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar year or one month of it, as reports are published. */
record ReportPeriod(int year, Integer month) {

	ReportPeriod {
		if (year < 2000 || year > 2100 || (month != null && (month < 1 || month > 12))) {
			throw new IllegalArgumentException("Bad period " + year + "/" + month);
		}
	}

	static ReportPeriod of(Integer year, Integer month, LocalDate today) {
		int y = year == null || year < 2000 || year > 2100 ? today.getYear() : year;
		Integer m = month == null || month < 1 || month > 12 ? null : month;
		return new ReportPeriod(y, m);
	}

	LocalDate from() {
		return month == null ? LocalDate.of(year, 1, 1) : YearMonth.of(year, month).atDay(1);
	}

	/** Exclusive. */
	LocalDate until() {
		return month == null ? LocalDate.of(year + 1, 1, 1) : YearMonth.of(year, month).plusMonths(1).atDay(1);
	}
}
