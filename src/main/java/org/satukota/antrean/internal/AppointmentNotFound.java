package org.satukota.antrean.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such booking, or not one the signed-in person may see (another citizen's, another unit's): answered as 404 so
 * that ids of others' bookings reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AppointmentNotFound extends RuntimeException {

	AppointmentNotFound() {
		super("No such appointment here", null, false, false);
	}
}
