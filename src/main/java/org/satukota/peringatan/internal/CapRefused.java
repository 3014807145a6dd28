package org.satukota.peringatan.internal;

/**
 * Input that is not an acceptable CAP document or feed. {@code code} is a message-bundle key shown to admins;
 * {@code detail} is the parser's own words (technical, not translated).
 */
class CapRefused extends RuntimeException {

	private final String code;

	CapRefused(String code, String detail) {
		super(detail);
		this.code = code;
	}

	CapRefused(String code, String detail, Throwable cause) {
		super(detail, cause);
		this.code = code;
	}

	String code() {
		return code;
	}
}
