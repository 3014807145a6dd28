package org.satukota.open311.internal;

import java.util.List;

/**
 * A refusal in the standard's terms: the HTTP status (404 unknown resource, 403 missing or wrong api_key, 400
 * everything else the caller can fix, 503 when the platform cannot answer right now) and one or more problems, each a
 * message-bundle key with its arguments that becomes an {@code error} with a {@code description}.
 */
final class Open311Failure extends RuntimeException {

	/** One {@code error} entry before its description is put into words. */
	record Problem(String key, Object... args) {
	}

	private final int status;

	private final transient List<Problem> problems;

	Open311Failure(int status, List<Problem> problems) {
		super(status + " " + problems.stream().map(Problem::key).toList(), null, false, false);
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	static Open311Failure of(int status, String key, Object... args) {
		return new Open311Failure(status, List.of(new Problem(key, args)));
	}

	static Open311Failure badRequest(String key, Object... args) {
		return of(400, key, args);
	}

	static Open311Failure notFound(String key, Object... args) {
		return of(404, key, args);
	}

	int status() {
		return status;
	}

	List<Problem> problems() {
		return problems;
	}
}
