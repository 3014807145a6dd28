package org.satukota.informasi.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text body format of portal items: paragraphs separated by blank lines, links written as
 * {@code [teks](https://…)} or {@code [teks](/layanan/sk-domisili)}, and bare {@code https://…} addresses. Rendered
 * as escaped text and links (never as HTML), so editors cannot inject markup or {@code javascript:} links.
 */
final class BodyText {

	private static final Pattern LINK = Pattern
		.compile("\\[([^\\]\\n]{1,200})\\]\\(([^)\\s]{1,2000})\\)|(https?://[^\\s<>\"()\\[\\]]+[^\\s<>\"()\\[\\].,;:!?])");

	private BodyText() {
	}

	/** A run of text, linked when {@code href} is not {@code null}. */
	record Segment(String text, String href) {
	}

	/** The paragraphs of a body, each a list of segments. */
	static List<List<Segment>> paragraphs(String body) {
		List<List<Segment>> paragraphs = new ArrayList<>();
		if (body == null) {
			return paragraphs;
		}
		for (String paragraph : body.replace("\r\n", "\n").split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(segments(paragraph.strip()));
			}
		}
		return paragraphs;
	}

	static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		Matcher m = LINK.matcher(text);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				segments.add(new Segment(text.substring(at, m.start()), null));
			}
			if (m.group(3) != null) {
				segments.add(new Segment(m.group(3), m.group(3)));
			}
			else {
				String href = m.group(2);
				segments.add(new Segment(m.group(1), isSafe(href) ? href : null));
			}
			at = m.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	/** Every link target in a body, in order of appearance, without repeats. */
	static Set<String> links(String body) {
		Set<String> links = new LinkedHashSet<>();
		for (List<Segment> paragraph : paragraphs(body)) {
			for (Segment segment : paragraph) {
				if (segment.href() != null) {
					links.add(segment.href());
				}
			}
		}
		return links;
	}

	/** Only web addresses and paths on this platform become links. */
	static boolean isSafe(String href) {
		return href.startsWith("https://") || href.startsWith("http://")
				|| (href.startsWith("/") && !href.startsWith("//"));
	}

	/** The body as plain text (link syntax reduced to its text), for search and summaries. */
	static String plain(String body) {
		StringBuilder out = new StringBuilder();
		for (List<Segment> paragraph : paragraphs(body)) {
			for (Segment segment : paragraph) {
				out.append(segment.text());
			}
			out.append('\n');
		}
		return out.toString().strip();
	}
}
