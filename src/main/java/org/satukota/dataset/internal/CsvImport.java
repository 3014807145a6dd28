package org.satukota.dataset.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole CSV file against a dataset's columns before anything is written: the header must name exactly
 * the dataset's columns (any order, any case), and every cell must fit its column. Either every row is good and
 * comes back parsed, or the problems come back and nothing is stored.
 */
final class CsvImport {

	/** At most this many problems are listed; the rest are only counted. */
	static final int MAX_LISTED = 50;

	static final int MAX_ROWS = 200_000;

	/** The parsed rows (cells by column name, in column order) or the problems found. */
	record Result(List<Map<String, Object>> rows, List<Problem> problems, int problemCount) {

		boolean ok() {
			return problemCount == 0;
		}
	}

	private CsvImport() {
	}

	static Result validate(byte[] content, List<ColumnSpec> columns) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return fileProblem("dataset.csv.not-utf8");
		}
		CsvReader.Parsed parsed = CsvReader.parse(text);
		if (parsed.unclosedQuoteRow() > 0) {
			return fail(List.of(Problem.of(parsed.unclosedQuoteRow(), "", "dataset.csv.unclosed-quote")), 1);
		}
		List<CsvReader.Line> lines = parsed.lines().stream().filter(line -> !line.blank()).toList();
		if (lines.isEmpty()) {
			return fileProblem("dataset.csv.empty");
		}
		CsvReader.Line header = lines.get(0);
		Map<String, ColumnSpec> byName = new LinkedHashMap<>();
		columns.forEach(c -> byName.put(c.name(), c));
		List<ColumnSpec> order = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		List<String> duplicate = new ArrayList<>();
		for (String raw : header.fields()) {
			String name = raw.strip().toLowerCase(Locale.ROOT);
			ColumnSpec column = byName.get(name);
			if (column == null) {
				unknown.add(raw.strip());
			}
			else if (!seen.add(name)) {
				duplicate.add(name);
			}
			order.add(column);
		}
		List<String> missing = byName.keySet().stream().filter(name -> !seen.contains(name)).toList();
		List<Problem> headerProblems = new ArrayList<>();
		if (!missing.isEmpty()) {
			headerProblems.add(Problem.of(1, "", "dataset.csv.missing-columns", String.join(", ", missing)));
		}
		if (!unknown.isEmpty()) {
			headerProblems.add(Problem.of(1, "", "dataset.csv.unknown-columns", String.join(", ", unknown),
					String.join(", ", byName.keySet())));
		}
		if (!duplicate.isEmpty()) {
			headerProblems.add(Problem.of(1, "", "dataset.csv.duplicate-columns", String.join(", ", duplicate)));
		}
		if (!headerProblems.isEmpty()) {
			return fail(headerProblems, headerProblems.size());
		}
		if (lines.size() == 1) {
			return fileProblem("dataset.csv.empty");
		}
		if (lines.size() - 1 > MAX_ROWS) {
			return fail(List.of(Problem.of(0, "", "dataset.csv.too-many-rows", MAX_ROWS)), 1);
		}
		List<Map<String, Object>> rows = new ArrayList<>(lines.size() - 1);
		List<Problem> problems = new ArrayList<>();
		int count = 0;
		for (CsvReader.Line line : lines.subList(1, lines.size())) {
			if (line.fields().size() != order.size()) {
				count++;
				if (problems.size() < MAX_LISTED) {
					problems.add(Problem.of(line.row(), "", "dataset.csv.field-count", line.fields().size(),
							order.size()));
				}
				continue;
			}
			Map<String, Object> cells = new LinkedHashMap<>();
			for (ColumnSpec column : columns) {
				cells.put(column.name(), null);
			}
			for (int i = 0; i < order.size(); i++) {
				ColumnSpec column = order.get(i);
				String raw = line.fields().get(i);
				CellParser.Result result = CellParser.parse(column, raw);
				if (result.failed()) {
					count++;
					if (problems.size() < MAX_LISTED) {
						problems.add(result.detail() == null
								? Problem.of(line.row(), column.name(), "dataset.csv.cell." + result.problem(),
										raw.strip())
								: Problem.of(line.row(), column.name(), "dataset.csv.cell." + result.problem(),
										raw.strip(), result.detail()));
					}
				}
				else {
					cells.put(column.name(), result.value());
				}
			}
			rows.add(cells);
		}
		return count == 0 ? new Result(rows, List.of(), 0) : fail(problems, count);
	}

	private static Result fileProblem(String code) {
		return fail(List.of(Problem.of(0, "", code)), 1);
	}

	private static Result fail(List<Problem> problems, int count) {
		return new Result(List.of(), problems, count);
	}
}
