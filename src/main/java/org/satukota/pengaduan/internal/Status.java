package org.satukota.pengaduan.internal;

/** The stages of a report (spec 03). The last four close it. */
enum Status {

	/** Waiting for the coordinator's verification (verification clock runs). */
	DITERIMA,
	/** Held: the coordinator asked the reporter for more information (clock paused). */
	DITUNDA,
	/** Disposed to one or more OPDs, not yet accepted (OPD clock runs). */
	DIDISPOSISI,
	/** Accepted by the OPD and being followed up (OPD clock runs). */
	DITINDAKLANJUTI,
	/** Reopened by the reporter: back with the OPD (OPD clock runs again). */
	DIBUKA_KEMBALI,
	/** Answered; waiting for the reporter to confirm, reply or rate (silence closes it). */
	MENUNGGU_TANGGAPAN,
	SELESAI, BUKAN_WEWENANG, DUPLIKAT, ARSIP;

	boolean closed() {
		return ordinal() >= SELESAI.ordinal();
	}

	/** Whether an OPD is the one who must act now. */
	boolean withOpd() {
		return this == DIDISPOSISI || this == DITINDAKLANJUTI || this == DIBUKA_KEMBALI;
	}

	/** Open311 and the public API speak of open and closed only. */
	boolean open() {
		return !closed();
	}
}
