package org.satukota.open311.internal;

/**
 * FixMyStreet's extended statuses for the updates feed, from the stage of the complaint flow (spec 03). A stage this
 * module does not know (a later addition to the flow) falls back to {@code OPEN} or {@code CLOSED}.
 */
final class FixMyStreetStatus {

	private FixMyStreetStatus() {
	}

	static String of(String status, boolean open, String duplicateOf) {
		if (duplicateOf != null) {
			return "DUPLICATE";
		}
		return switch (status == null ? "" : status) {
			// Waiting for, or held in, the coordinator's verification.
			case "DITERIMA", "DITUNDA" -> "FOR_TRIAGE";
			// Disposed to an OPD, accepted by it and being followed up.
			case "DIDISPOSISI", "DITINDAKLANJUTI" -> "IN_PROGRESS";
			case "DIBUKA_KEMBALI" -> "REOPEN";
			// The OPD answered; the reporter is asked to confirm (silence closes it).
			case "MENUNGGU_TANGGAPAN", "SELESAI" -> "FIXED";
			case "BUKAN_WEWENANG" -> "NOT_COUNCILS_RESPONSIBILITY";
			case "DUPLIKAT" -> "DUPLICATE";
			case "ARSIP" -> "CLOSED";
			default -> open ? "OPEN" : "CLOSED";
		};
	}
}
