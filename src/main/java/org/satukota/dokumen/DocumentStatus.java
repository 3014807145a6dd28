package org.satukota.dokumen;

/** Whether an issued document still stands. */
public enum DocumentStatus {
	VALID, REVOKED
}
