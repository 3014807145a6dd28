package org.satukota.informasi.internal;

/** Turns phone numbers as people write them into links that open the dialer or WhatsApp on a phone. */
final class Phones {

	private Phones() {
	}

	/** {@code tel:} link: digits and a leading plus only ({@code 0711-352 120} → {@code tel:0711352120}). */
	static String tel(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String stripped = phone.strip();
		String digits = stripped.replaceAll("\\D", "");
		return digits.isEmpty() ? null : "tel:" + (stripped.startsWith("+") ? "+" : "") + digits;
	}

	/**
	 * {@code https://wa.me/} link in international form without plus: {@code 0812-1234-5678} and
	 * {@code +62 812 1234 5678} both become {@code https://wa.me/6281212345678}.
	 */
	static String whatsapp(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.startsWith("0")) {
			digits = "62" + digits.substring(1);
		}
		return digits.length() < 8 ? null : "https://wa.me/" + digits;
	}
}
