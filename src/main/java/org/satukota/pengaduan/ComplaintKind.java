package org.satukota.pengaduan;

/** The kinds of report, as in SP4N-LAPOR!. */
public enum ComplaintKind {
	PENGADUAN, ASPIRASI, PERMINTAAN_INFORMASI
}
