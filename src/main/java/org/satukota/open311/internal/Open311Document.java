package org.satukota.open311.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response in a shape both formats can render: {@code body} is a {@link Items} list (a JSON array, in XML the root
 * element holding one element per item) or a {@link Fields} object. Leaves are strings, numbers, booleans, nested
 * {@code Fields}/{@code Items}, or {@code null} (an empty element in XML, {@code null} in JSON).
 */
record Open311Document(String root, Object body) {

	/** A list whose XML items are elements named {@code item}; a JSON array. */
	record Items(String item, List<?> values) {
	}

	/** An ordered object: XML child elements, JSON members. */
	static final class Fields {

		private final Map<String, Object> values = new LinkedHashMap<>();

		Fields put(String name, Object value) {
			values.put(name, value);
			return this;
		}

		Map<String, Object> values() {
			return values;
		}

		Object get(String name) {
			return values.get(name);
		}
	}

	static Open311Document list(String root, String item, List<?> values) {
		return new Open311Document(root, new Items(item, values));
	}
}
