package org.satukota.kendali.internal;

/** What an answered call turned out to be. Emergency and duplicate calls point to an incident. */
enum CallClassification {
	EMERGENCY, INFORMATION, PRANK, GHOST, DUPLICATE;

	public boolean needsIncident() {
		return this == EMERGENCY || this == DUPLICATE;
	}
}
