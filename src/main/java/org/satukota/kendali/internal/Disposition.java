package org.satukota.kendali.internal;

/** How an incident ended. False reports and cancellations are left out of response-time figures. */
enum Disposition {
	HANDLED, FALSE_REPORT, CANCELLED, REFERRED;

	public boolean excludedFromResponseTimes() {
		return this == FALSE_REPORT || this == CANCELLED;
	}
}
