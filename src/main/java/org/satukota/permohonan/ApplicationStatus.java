package org.satukota.permohonan;

/**
 * Where an application stands. {@code DIAJUKAN}: submitted, waiting at the first step; {@code DIPROSES}: at a later
 * step of the workflow; {@code DIKEMBALIKAN}: returned to the citizen for correction (the deadline clock is paused);
 * {@code DITOLAK} and {@code SELESAI} are final.
 */
public enum ApplicationStatus {
	DRAFT, DIAJUKAN, DIKEMBALIKAN, DIPROSES, DITOLAK, SELESAI;

	/** Whether staff have something to do. */
	public boolean isOpen() {
		return this == DIAJUKAN || this == DIPROSES;
	}

	/** Whether nothing can change any more. */
	public boolean isFinal() {
		return this == DITOLAK || this == SELESAI;
	}
}
