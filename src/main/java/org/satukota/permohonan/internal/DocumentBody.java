package org.satukota.permohonan.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a service's document template: every {@code ${key}} becomes the HTML-escaped value (unknown keys become
 * empty), so nothing a citizen typed can add markup to an official document.
 */
final class DocumentBody {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9._-]+)}");

	private DocumentBody() {
	}

	static String fill(String template, Map<String, String> values) {
		if (template == null) {
			return "";
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// XHTML 1.0 forbids most control characters; drop them instead of breaking the document.
					if (c >= 0x20 || c == '\n' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}
}
