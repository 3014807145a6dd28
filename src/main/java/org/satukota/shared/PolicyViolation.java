package org.satukota.shared;

import java.util.Arrays;

/**
 * A business rule said no. {@code code} is stable and module-prefixed (e.g. {@code account.nik-taken}) and is
 * also the message-bundle key used to explain the refusal to the user; {@code args} fill its placeholders.
 */
public class PolicyViolation extends RuntimeException {

	private final String code;
	private final transient Object[] args;

	public PolicyViolation(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args == null ? new Object[0] : args.clone();
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	@Override
	public String toString() {
		return "PolicyViolation[" + code + ", " + Arrays.toString(args) + "]";
	}
}
