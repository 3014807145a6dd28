package org.satukota.directory.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such unit in the configured city. Mapped to 404 through the servlet error page, so browsers get the
 * platform's HTML "not found" page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnitNotFound extends RuntimeException {

	UnitNotFound(String unitId) {
		super("No unit " + unitId + " in this city", null, false, false);
	}
}
