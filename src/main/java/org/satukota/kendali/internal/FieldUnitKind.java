package org.satukota.kendali.internal;

enum FieldUnitKind {
	FIRE_ENGINE, RESCUE, AMBULANCE, PATROL, TRUCK, TEAM, OTHER
}
