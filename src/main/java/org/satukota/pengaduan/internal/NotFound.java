package org.satukota.pengaduan.internal;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown report, category or one the person may not see: shown as the 404 page, never as a hint it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends NoSuchElementException {

	NotFound() {
		super("not found");
	}
}
