package org.satukota.layanan;

import java.util.List;

/**
 * One field of a service's application form. {@code key} names the value (lower-case, digits and dashes) and is the
 * placeholder {@code ${key}} in the document template; {@code choices} is used only for {@link FieldType#CHOICE};
 * {@code maxLength} is {@code null} when unlimited. Dates are ISO ({@code yyyy-MM-dd}).
 */
public record FormField(String key, String label, FieldType type, boolean required, String help, List<String> choices,
		Integer maxLength) {

	public FormField {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}
}
