package org.satukota.shared;

import java.util.List;

/**
 * Implemented by modules that serve something without a login, so that each module states its own openings and the
 * security configuration only collects them. Paths are Spring path patterns such as {@code /pengaduan/**}.
 */
public interface PublicPaths {

	/** Pages and their assets that anybody may open in the browser (session, CSRF and login page as usual). */
	default List<String> pages() {
		return List.of();
	}

	/** Paths under {@code /api/} that need no credentials (stateless JSON, no cookies). */
	default List<String> api() {
		return List.of();
	}

	/**
	 * Machine endpoints outside {@code /api/} that authenticate callers themselves (for example with an API key
	 * parameter defined by a public standard): stateless, no session cookie, no CSRF token, no login redirect.
	 */
	default List<String> machineEndpoints() {
		return List.of();
	}
}
