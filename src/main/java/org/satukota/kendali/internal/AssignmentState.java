package org.satukota.kendali.internal;

/** An agency's part in one incident, derived from the incident's agency events and its units' statuses. */
enum AssignmentState {
	NOTIFIED, ACKNOWLEDGED, ACTIVE, RELEASED, UNABLE;

	public boolean open() {
		return this == NOTIFIED || this == ACKNOWLEDGED || this == ACTIVE;
	}
}
