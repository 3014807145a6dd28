package org.satukota.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A well-formed Nomor Induk Kependudukan: {@code PP KK CC DDMMYY SSSS} (province, regency/city, kecamatan of first
 * registration, birth date with 40 added to the day for women, serial). Build one with
 * {@link #check(String, NikRegions, Clock)}. A NIK is personal data: {@link #toString()} is masked so that it
 * cannot leak into logs by accident; use {@link #value()} only where the full number is truly needed.
 */
public final class Nik {

	/** The sex a NIK encodes through its day field. */
	public enum Gender {
		MALE, FEMALE
	}

	private final String value;

	private final Gender gender;

	private final LocalDate birthDate;

	private Nik(String value, Gender gender, LocalDate birthDate) {
		this.value = value;
		this.gender = gender;
		this.birthDate = birthDate;
	}

	/**
	 * Checks raw input (spaces, dots and dashes are ignored) against the NIK rules. The century of the birth year
	 * is chosen so that the person is not born after today's date on {@code clock}.
	 */
	public static NikCheck check(String raw, NikRegions regions, Clock clock) {
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		String digits = normalize(raw);
		if (digits.isEmpty()) {
			errors.add("account.nik-required");
			return new NikCheck(null, errors, warnings);
		}
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			errors.add("account.nik-not-digits");
			return new NikCheck(null, errors, warnings);
		}
		if (digits.length() != 16) {
			errors.add("account.nik-invalid-length");
			return new NikCheck(null, errors, warnings);
		}
		String province = digits.substring(0, 2);
		if (!regions.isProvince(province)) {
			errors.add("account.nik-invalid-province");
		}
		else if (!regions.isRegency(digits.substring(0, 4))) {
			warnings.add("account.nik-unknown-regency");
		}
		else if (!regions.isKecamatan(digits.substring(0, 6))) {
			warnings.add("account.nik-unknown-kecamatan");
		}
		int day = Integer.parseInt(digits.substring(6, 8));
		int month = Integer.parseInt(digits.substring(8, 10));
		int year = Integer.parseInt(digits.substring(10, 12));
		Gender gender = null;
		LocalDate birthDate = null;
		if (day >= 1 && day <= 31) {
			gender = Gender.MALE;
		}
		else if (day >= 41 && day <= 71) {
			gender = Gender.FEMALE;
			day -= 40;
		}
		else {
			errors.add("account.nik-invalid-day");
		}
		if (gender != null) {
			birthDate = resolveBirthDate(day, month, year, LocalDate.now(clock));
			if (birthDate == null) {
				errors.add("account.nik-invalid-date");
			}
		}
		if (digits.endsWith("0000")) {
			errors.add("account.nik-invalid-serial");
		}
		if (!errors.isEmpty()) {
			return new NikCheck(null, errors, warnings);
		}
		return new NikCheck(new Nik(digits, gender, birthDate), errors, warnings);
	}

	/** The input without the separators people type (spaces, dots, dashes). */
	public static String normalize(String raw) {
		return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
	}

	/** Masks a stored NIK for display: {@code 3171********0001}. */
	public static String mask(String nik) {
		if (nik == null || nik.length() < 8) {
			return "****";
		}
		return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
	}

	// Two-digit years: the latest century that does not put the birth after today; null if no real date fits.
	private static LocalDate resolveBirthDate(int day, int month, int yy, LocalDate today) {
		for (int century : new int[] { 2000, 1900 }) {
			try {
				LocalDate date = LocalDate.of(century + yy, month, day);
				if (!date.isAfter(today)) {
					return date;
				}
			}
			catch (DateTimeException ex) {
				// not a real date in this century (29 Feb of a non-leap year, month 13…): try the previous one
			}
		}
		return null;
	}

	/** The 16 digits. Personal data: never put it in URLs, logs or events. */
	public String value() {
		return value;
	}

	public String masked() {
		return mask(value);
	}

	public Gender gender() {
		return gender;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public String provinceCode() {
		return value.substring(0, 2);
	}

	public String regencyCode() {
		return value.substring(0, 4);
	}

	public String kecamatanCode() {
		return value.substring(0, 6);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Nik nik && nik.value.equals(value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(value);
	}

	@Override
	public String toString() {
		return masked();
	}
}
