package org.satukota.calendar.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class HolidayNotFound extends RuntimeException {

	HolidayNotFound(long id) {
		super("No holiday " + id);
	}
}
