package org.satukota.permohonan.internal;

import org.satukota.shared.PolicyViolation;

/** Decisions that affect the citizen (reject, inspection findings, komitmen) must say why, in words. */
final class ReasonPolicy {

	static final int MAX_LENGTH = 2000;

	private ReasonPolicy() {
	}

	static String require(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new PolicyViolation("permohonan.reason-required");
		}
		String stripped = reason.strip();
		if (stripped.length() > MAX_LENGTH) {
			throw new PolicyViolation("permohonan.reason-too-long", MAX_LENGTH);
		}
		return stripped;
	}
}
