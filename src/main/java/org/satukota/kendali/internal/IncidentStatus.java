package org.satukota.kendali.internal;

/** Baru → Didisposisi → Ditangani (a unit on scene) → Selesai (all agencies done) → Ditutup (with a disposition). */
enum IncidentStatus {
	NEW, DISPATCHED, ON_SCENE, RESOLVED, CLOSED;

	public boolean open() {
		return this != CLOSED;
	}
}
