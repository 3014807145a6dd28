package org.satukota.notifikasi.internal;

/**
 * Hides most of an address in lists, e.g. {@code siti@warga.test} → {@code si***@warga.test}, {@code
 * +6281234567890} → {@code +628******90}: enough to tell messages apart, not enough to harvest addresses.
 */
final class RecipientMask {

	private RecipientMask() {
	}

	static String mask(String recipient) {
		if (recipient == null || recipient.isBlank()) {
			return "***";
		}
		int at = recipient.lastIndexOf('@');
		if (at > 0) {
			String local = recipient.substring(0, at);
			int shown = local.length() <= 2 ? 1 : 2;
			return local.substring(0, shown) + "***" + recipient.substring(at);
		}
		if (recipient.length() <= 6) {
			return "***";
		}
		String start = recipient.substring(0, 4);
		String end = recipient.substring(recipient.length() - 2);
		return start + "*".repeat(recipient.length() - 6) + end;
	}
}
