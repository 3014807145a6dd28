package org.satukota.open311.internal;

import java.util.Locale;

/**
 * FixMyStreet's extended statuses for the updates feed, from the complaint's stage. The stage names of the flow
 * (spec 03) are matched by their Indonesian stems so that a renamed stage still lands in the right family; anything
 * unrecognised falls back to {@code OPEN}/{@code CLOSED}.
 */
final class FixMyStreetStatus {

	private FixMyStreetStatus() {
	}

	static String of(String status, boolean open, String duplicateOf) {
		String stage = status == null ? "" : status.toUpperCase(Locale.ROOT);
		if (duplicateOf != null || stage.contains("DUPLIKAT")) {
			return "DUPLICATE";
		}
		if (stage.contains("KEMBALI") && stage.contains("BUKA") || stage.contains("REOPEN")) {
			return "REOPEN";
		}
		if (stage.contains("WEWENANG")) {
			return "NOT_COUNCILS_RESPONSIBILITY";
		}
		if (stage.contains("ARSIP")) {
			return "CLOSED";
		}
		if (stage.contains("SELESAI")) {
			return "FIXED";
		}
		if (stage.contains("JAWAB") || stage.contains("TANGGAPAN")) {
			// The OPD answered; the reporter is asked to confirm.
			return open ? "FIXED" : "CLOSED";
		}
		if (stage.contains("DITERUSKAN") || stage.contains("DIKEMBALIKAN") || stage.contains("SALAH")) {
			return "INTERNAL_REFERRAL";
		}
		if (stage.contains("DISPOSISI") || stage.contains("PROSES") || stage.contains("TINDAK")
				|| stage.contains("TANGANI") || stage.contains("OPD")) {
			return "IN_PROGRESS";
		}
		if (stage.contains("DITERIMA") || stage.contains("VERIFIKASI") || stage.contains("TUNDA")
				|| stage.contains("BARU")) {
			return open ? "FOR_TRIAGE" : "CLOSED";
		}
		return open ? "OPEN" : "CLOSED";
	}
}
