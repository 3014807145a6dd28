package org.satukota.pengaduan.internal;

import java.util.List;

import org.satukota.shared.PolicyViolation;

/** A message code with its arguments, shown next to one field. */
record Problem(String code, List<Object> args) {

	static Problem of(String code, Object... args) {
		return new Problem(code, List.of(args));
	}

	static Problem of(PolicyViolation violation) {
		return new Problem(violation.code(), List.of(violation.args()));
	}

	public Object[] argArray() {
		return args.toArray();
	}
}
