package org.satukota.pengaduan.internal.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads routing examples from CSV with the header {@code text,category,opd_code} (UTF-8, RFC 4180 quoting), such
 * as the demo corpus {@value #DEMO_RESOURCE} that lets a fresh installation suggest OPDs before it has a routing
 * history of its own.
 */
public final class RoutingCorpus {

	/** The class-path location of the demo corpus. */
	public static final String DEMO_RESOURCE = "pengaduan/routing-examples.csv";

	private static final String HEADER = "text,category,opd_code";

	/**
	 * One row: a complaint text, its category code and the code of the OPD that handles it.
	 *
	 * @param text the complaint text
	 * @param categoryCode the category code
	 * @param opdCode the OPD's directory unit code, e.g. {@code DPUPR}
	 */
	public record Entry(String text, String categoryCode, String opdCode) {
	}

	private RoutingCorpus() {
	}

	/** The demo corpus bundled with the application. */
	public static List<Entry> demo() {
		InputStream stream = RoutingCorpus.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE);
		if (stream == null) {
			throw new IllegalStateException("The demo routing corpus " + DEMO_RESOURCE + " is missing");
		}
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Parses CSV with the header {@code text,category,opd_code}.
	 *
	 * @throws IllegalArgumentException naming the line when the header or a row is malformed
	 */
	public static List<Entry> read(Reader reader) throws IOException {
		BufferedReader in = new BufferedReader(reader);
		List<Entry> entries = new ArrayList<>();
		int[] line = { 0 };
		List<String> header = record(in, line);
		if (header == null || !String.join(",", header).replace("\uFEFF", "").equals(HEADER)) {
			throw new IllegalArgumentException("Routing corpus must start with the header " + HEADER);
		}
		while (true) {
			int startLine = line[0] + 1;
			List<String> fields = record(in, line);
			if (fields == null) {
				return List.copyOf(entries);
			}
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			if (fields.size() != 3) {
				throw new IllegalArgumentException(
						"Routing corpus line " + startLine + " has " + fields.size() + " fields instead of 3");
			}
			String text = fields.get(0).strip();
			String category = fields.get(1).strip();
			String opd = fields.get(2).strip();
			if (text.isEmpty() || category.isEmpty() || opd.isEmpty()) {
				throw new IllegalArgumentException("Routing corpus line " + startLine + " has an empty field");
			}
			entries.add(new Entry(text, category, opd));
		}
	}

	/**
	 * The entries as training examples, with OPD codes turned into directory unit ids; entries whose OPD is not in
	 * {@code opdIdsByCode} are left out.
	 */
	public static List<RoutingExample> toExamples(List<Entry> entries, Map<String, Long> opdIdsByCode) {
		List<RoutingExample> examples = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			Long opdId = opdIdsByCode.get(entry.opdCode());
			if (opdId != null) {
				examples.add(new RoutingExample(entry.text(), entry.categoryCode(), opdId));
			}
		}
		return List.copyOf(examples);
	}

	/** One CSV record (which may span lines inside quotes), or {@code null} at the end of input. */
	private static List<String> record(BufferedReader in, int[] line) throws IOException {
		String current = in.readLine();
		if (current == null) {
			return null;
		}
		line[0]++;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (true) {
			if (i >= current.length()) {
				if (!quoted) {
					fields.add(field.toString());
					return fields;
				}
				String next = in.readLine();
				if (next == null) {
					throw new IllegalArgumentException("Routing corpus line " + line[0] + " has an unclosed quote");
				}
				line[0]++;
				field.append('\n');
				current = next;
				i = 0;
				continue;
			}
			char c = current.charAt(i++);
			if (quoted) {
				if (c == '"') {
					if (i < current.length() && current.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
	}
}
