package org.satukota.account.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Message codes per form field, in the order found; templates show them next to their fields. */
public final class FormErrors {

	private final Map<String, List<String>> byField = new LinkedHashMap<>();

	void add(String field, String code) {
		byField.computeIfAbsent(field, key -> new ArrayList<>()).add(code);
	}

	void addAll(String field, List<String> codes) {
		codes.forEach(code -> add(field, code));
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public List<String> of(String field) {
		return byField.getOrDefault(field, List.of());
	}

	public Map<String, List<String>> all() {
		return Map.copyOf(byField);
	}

	@Override
	public String toString() {
		return "FormErrors" + byField;
	}
}
