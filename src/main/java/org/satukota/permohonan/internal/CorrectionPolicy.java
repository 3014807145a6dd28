package org.satukota.permohonan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.satukota.layanan.FormField;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;
import org.satukota.shared.PolicyViolation;

/**
 * Returning an application for correction: only the checking steps (verification, inspection) may do it, and they
 * must say what to correct, per requirement (or form field), so the citizen knows exactly what to fix.
 */
final class CorrectionPolicy {

	private CorrectionPolicy() {
	}

	/** Key of a correction that concerns the application as a whole rather than one item. */
	static final String GENERAL = "umum";

	static void check(ServiceVersion service, WorkflowStep step, Map<String, String> reasons) {
		if (step.kind() != StepKind.VERIFY && step.kind() != StepKind.INSPECT) {
			throw new PolicyViolation("permohonan.return-not-allowed-here", step.label());
		}
		Map<String, String> given = normalise(reasons);
		if (given.isEmpty()) {
			throw new PolicyViolation("permohonan.correction-reason-required");
		}
		for (Map.Entry<String, String> entry : given.entrySet()) {
			String key = entry.getKey();
			if (!GENERAL.equals(key) && service.requirement(key).isEmpty() && service.field(key).isEmpty()) {
				throw new PolicyViolation("permohonan.correction-unknown-item");
			}
			ReasonPolicy.require(entry.getValue());
		}
	}

	/** The reasons that were actually given, stripped. */
	static Map<String, String> normalise(Map<String, String> reasons) {
		Map<String, String> given = new LinkedHashMap<>();
		if (reasons != null) {
			reasons.forEach((key, reason) -> {
				if (key != null && reason != null && !reason.isBlank()) {
					given.put(key, reason.strip());
				}
			});
		}
		return given;
	}

	/** One line per reason, "label: reason", for the history. */
	static String describe(ServiceVersion service, Map<String, String> corrections) {
		return corrections.entrySet()
			.stream()
			.map(e -> labelOf(service, e.getKey()) + ": " + e.getValue())
			.collect(Collectors.joining("\n"));
	}

	static String labelOf(ServiceVersion service, String key) {
		return service.requirement(key)
			.map(RequirementSpec::label)
			.or(() -> service.field(key).map(FormField::label))
			.orElse(GENERAL.equals(key) ? "Umum" : key);
	}
}
