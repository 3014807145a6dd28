package org.satukota.open311.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders documents as the GeoReport v2 wire formats: UTF-8 XML starting with the declaration the standard shows,
 * and JSON where lists are arrays even with a single element.
 */
final class Open311Writer {

	static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

	private final JsonMapper json;

	Open311Writer(JsonMapper json) {
		this.json = json;
	}

	byte[] write(Open311Document document, Format format) {
		return switch (format) {
			case XML -> xml(document).getBytes(StandardCharsets.UTF_8);
			case JSON -> json.writeValueAsBytes(plain(document.body()));
		};
	}

	static String xml(Open311Document document) {
		StringBuilder out = new StringBuilder(1024).append(XML_DECLARATION).append('\n');
		element(out, document.root(), document.body(), 0);
		return out.toString();
	}

	private static void element(StringBuilder out, String name, Object value, int depth) {
		indent(out, depth);
		if (value == null) {
			out.append('<').append(name).append("/>\n");
			return;
		}
		out.append('<').append(name).append('>');
		if (value instanceof Open311Document.Items items) {
			out.append('\n');
			for (Object item : items.values()) {
				element(out, items.item(), item, depth + 1);
			}
			indent(out, depth);
		}
		else if (value instanceof Open311Document.Fields fields) {
			out.append('\n');
			fields.values().forEach((child, childValue) -> element(out, child, childValue, depth + 1));
			indent(out, depth);
		}
		else {
			escape(out, text(value));
		}
		out.append("</").append(name).append(">\n");
	}

	private static void indent(StringBuilder out, int depth) {
		for (int i = 0; i < depth; i++) {
			out.append("  ");
		}
	}

	static String text(Object value) {
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/** Escapes markup and drops the characters XML 1.0 cannot carry at all (most control characters). */
	static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
							|| (c >= 0xE000 && c <= 0xFFFD)) {
						out.append(c);
					}
					else if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
				}
			}
		}
	}

	private static Object plain(Object value) {
		if (value instanceof Open311Document.Items items) {
			List<Object> list = new ArrayList<>(items.values().size());
			items.values().forEach(item -> list.add(plain(item)));
			return list;
		}
		if (value instanceof Open311Document.Fields fields) {
			Map<String, Object> map = new LinkedHashMap<>();
			fields.values().forEach((name, child) -> map.put(name, plain(child)));
			return map;
		}
		return value;
	}
}
