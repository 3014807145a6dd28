package org.satukota.dataset.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One typed column of a dataset. {@code name} is the machine name used in CSV headers and JSON
 * ({@code [a-z][a-z0-9_]*}); {@code label} is shown to people.
 */
record ColumnSpec(String name, String label, ColumnType type, boolean required, String unitOfMeasure,
		List<String> allowedValues) {

	ColumnSpec {
		allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
		unitOfMeasure = unitOfMeasure == null || unitOfMeasure.isBlank() ? null : unitOfMeasure.strip();
		label = label == null || label.isBlank() ? name : label.strip();
	}

	/** The allowed value matching {@code raw} regardless of case and surrounding spaces, as defined. */
	Optional<String> allowed(String raw) {
		String wanted = raw.strip().toLowerCase(Locale.ROOT);
		return allowedValues.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}
}
