package org.satukota.dataset.internal;

import java.util.List;

/** Input refused with problems to show next to the fields or rows they concern; nothing was written. */
class InvalidInput extends RuntimeException {

	private final transient List<Problem> problems;

	private final int count;

	InvalidInput(List<Problem> problems, int count) {
		super("invalid input: " + count + " problem(s)");
		this.problems = List.copyOf(problems);
		this.count = count;
	}

	InvalidInput(List<Problem> problems) {
		this(problems, problems.size());
	}

	List<Problem> problems() {
		return problems;
	}

	int count() {
		return count;
	}
}
