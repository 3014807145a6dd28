package org.satukota.kendali.internal;

/** Where a field unit is in its work; every change is an event in {@code kendali_unit_event}. */
enum UnitStatus {
	AVAILABLE, DISPATCHED, EN_ROUTE, ON_SCENE, TRANSPORTING, RETURNING, OUT_OF_SERVICE;

	/** Working on an incident: these statuses carry the incident they belong to. */
	public boolean engaged() {
		return this != AVAILABLE && this != OUT_OF_SERVICE;
	}

	/** Still needed at the incident: an incident cannot be closed as handled while a unit is in one of these. */
	public boolean committed() {
		return this == DISPATCHED || this == EN_ROUTE || this == ON_SCENE || this == TRANSPORTING;
	}

	/** May be sent to a new incident. */
	public boolean dispatchable() {
		return this == AVAILABLE || this == RETURNING;
	}

	public String cssClass() {
		return "kdl-unit-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
