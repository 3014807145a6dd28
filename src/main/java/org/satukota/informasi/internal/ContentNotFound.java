package org.satukota.informasi.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such (public) portal item: the platform's 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ContentNotFound extends RuntimeException {

	ContentNotFound(Object id) {
		super("No portal item " + id, null, false, false);
	}
}
