package org.satukota.open311.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query or form parameters of a call, read the way the standard asks: an empty (or blank) parameter counts as
 * missing, and {@code attribute[CODE]} / {@code attribute[CODE][]} are collected per code.
 */
final class Parameters {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)\\](\\[\\])?");

	private final Map<String, String[]> values;

	Parameters(Map<String, String[]> values) {
		this.values = values;
	}

	static Parameters of(String... namesAndValues) {
		Map<String, String[]> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], new String[] { namesAndValues[i + 1] });
		}
		return new Parameters(map);
	}

	/** The first non-blank value, trimmed; {@code null} when the parameter is missing or empty. */
	String text(String name) {
		String[] given = values.get(name);
		if (given == null) {
			return null;
		}
		for (String value : given) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	boolean has(String name) {
		return text(name) != null;
	}

	/** Non-blank entries of a comma-separated parameter, trimmed, in order; empty when missing. */
	List<String> commaList(String name) {
		String text = text(name);
		List<String> items = new ArrayList<>();
		if (text != null) {
			for (String item : text.split(",")) {
				if (!item.isBlank()) {
					items.add(item.strip());
				}
			}
		}
		return items;
	}

	Integer positiveInt(String name) {
		String text = text(name);
		if (text == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= 1) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw Open311Failure.badRequest("open311.error.not-a-positive-number", name, text);
	}

	Double decimal(String name, double min, double max) {
		String text = text(name);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value) && value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw Open311Failure.badRequest("open311.error.bad-coordinate", name, text);
	}

	/** Non-blank values of {@code attribute[code]} and {@code attribute[code][]}, by code. */
	Map<String, List<String>> attributes() {
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		values.forEach((name, given) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches() && given != null) {
				for (String value : given) {
					if (value != null && !value.isBlank()) {
						attributes.computeIfAbsent(matcher.group(1), code -> new ArrayList<>()).add(value.strip());
					}
				}
			}
		});
		return attributes;
	}
}
