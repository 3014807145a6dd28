package org.satukota.peringatan.internal;

/** An unknown warning identifier in a page address: answered with the 404 page. */
class WarningNotFound extends RuntimeException {

	WarningNotFound() {
		super(null, null, false, false);
	}
}
