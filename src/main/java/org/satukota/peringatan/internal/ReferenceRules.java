package org.satukota.peringatan.internal;

import java.util.List;

import org.satukota.shared.PolicyViolation;

/**
 * Which published message an Update or Cancel may follow, and what it must reference. Only the latest message of
 * a warning can be followed (so a chain never forks), a cancelled warning is final, and the new message references
 * every earlier message of the chain, oldest first.
 */
final class ReferenceRules {

	/** A message already published in a chain, oldest first. */
	record Published(String identifier, String sender, String sentText, String msgType) {
	}

	private ReferenceRules() {
	}

	/**
	 * The references of a message following {@code targetIdentifier}, whose chain is {@code chain}.
	 * @throws PolicyViolation {@code peringatan.not-found}, {@code peringatan.already-cancelled} or
	 * {@code peringatan.not-latest}
	 */
	static List<Cap.Reference> referencesFor(List<Published> chain, String targetIdentifier) {
		if (chain.isEmpty() || chain.stream().noneMatch(m -> m.identifier().equals(targetIdentifier))) {
			throw new PolicyViolation("peringatan.not-found", targetIdentifier);
		}
		Published latest = chain.get(chain.size() - 1);
		if ("Cancel".equals(latest.msgType())) {
			throw new PolicyViolation("peringatan.already-cancelled", chain.get(0).identifier());
		}
		if (!latest.identifier().equals(targetIdentifier)) {
			throw new PolicyViolation("peringatan.not-latest", latest.identifier());
		}
		return chain.stream().map(m -> new Cap.Reference(m.sender(), m.identifier(), m.sentText())).toList();
	}
}
