package org.satukota.open311.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such API key: the platform's 404 page for admins. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class KeyNotFound extends RuntimeException {

	KeyNotFound(long id) {
		super("No Open311 API key " + id, null, false, false);
	}
}
