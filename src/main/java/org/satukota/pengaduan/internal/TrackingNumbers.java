package org.satukota.pengaduan.internal;

/** Readable tracking numbers: {@code ADU-2026-000123} (year of receipt, city-wide sequence). */
final class TrackingNumbers {

	private TrackingNumbers() {
	}

	static String format(int year, long sequence) {
		return String.format("ADU-%d-%06d", year, sequence);
	}

	static boolean looksValid(String number) {
		return number != null && number.strip().toUpperCase(java.util.Locale.ROOT).matches("ADU-\\d{4}-\\d{6,}");
	}
}
