package org.satukota.account.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, well-formed, fictitious citizen data for tests sharing one database. */
final class Citizens {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

	private Citizens() {
	}

	/** A well-formed NIK registered in Kecamatan Gambir, Jakarta Pusat (31.71.01), unique within the run. */
	static String nik() {
		int n = SEQUENCE.incrementAndGet();
		int day = 1 + ThreadLocalRandom.current().nextInt(28);
		int month = 1 + ThreadLocalRandom.current().nextInt(12);
		int year = 60 + ThreadLocalRandom.current().nextInt(40);
		int serial = 1 + (n % 9999);
		return String.format("317101%02d%02d%02d%04d", day, month, year, serial);
	}

	static String email(String nik) {
		return "warga" + nik.substring(6) + "@warga.test";
	}

	static String phone(String nik) {
		return "0819" + nik.substring(8);
	}
}
