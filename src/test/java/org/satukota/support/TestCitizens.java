package org.satukota.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Well-formed, fictitious citizen data for tests outside the account module: women born 2000–2005 registered in
 * Kota Bandung (32.73.01), so they never collide with the account module's own fixtures.
 */
public final class TestCitizens {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

	private TestCitizens() {
	}

	public static String nik() {
		int serial = 1 + (SEQUENCE.incrementAndGet() % 9999);
		int day = 41 + ThreadLocalRandom.current().nextInt(28);
		int month = 1 + ThreadLocalRandom.current().nextInt(12);
		int year = ThreadLocalRandom.current().nextInt(6);
		return String.format("327301%02d%02d%02d%04d", day, month, year, serial);
	}

	public static String email(String nik) {
		return "warga" + nik.substring(6) + "@warga.test";
	}

	public static String phone(String nik) {
		return "0857" + nik.substring(8);
	}
}
