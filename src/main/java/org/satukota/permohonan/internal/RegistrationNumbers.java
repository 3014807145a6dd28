package org.satukota.permohonan.internal;

/** Registration numbers {@code PMH-<year>-<sequence>}, the sequence city-wide from a database sequence. */
final class RegistrationNumbers {

	private RegistrationNumbers() {
	}

	static String format(int year, long sequence) {
		return String.format("PMH-%d-%06d", year, sequence);
	}
}
