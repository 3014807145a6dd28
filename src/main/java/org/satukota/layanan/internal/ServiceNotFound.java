package org.satukota.layanan.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such (active) service type: the platform's 404 page for people. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ServiceNotFound extends RuntimeException {

	ServiceNotFound(String code) {
		super("No service type " + code, null, false, false);
	}
}
