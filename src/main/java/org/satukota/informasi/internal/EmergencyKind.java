package org.satukota.informasi.internal;

import java.util.Locale;

/** The emergency services each kecamatan lists. */
enum EmergencyKind {
	AMBULANS, MOBIL_JENAZAH, PEMADAM, POLISI;

	public String key() {
		return "informasi.darurat." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
