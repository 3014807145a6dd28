package org.satukota.dataset.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.satukota.shared.UpdateFrequency;

/**
 * Checks a dataset definition: required texts, a URL-safe unique slug, a known licence and frequency, at least
 * one well-named column, choices with values, and a chart that names a date column and a number column.
 * Problems name the form field they belong to ({@code title}, {@code columns[2].name}, …).
 */
final class DefinitionRules {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	static final int MAX_TITLE = 200;

	static final int MAX_COLUMNS = 40;

	/** The checked definition (meaningful only without problems). */
	record Checked(String title, String slug, String description, String licence, UpdateFrequency frequency,
			List<ColumnSpec> columns, ChartSpec chart, List<Problem> problems) {
	}

	private DefinitionRules() {
	}

	/**
	 * @param existingColumns the dataset's columns when they may no longer change (it has rows), else null
	 * @param slugTaken whether a new slug is taken (null when the slug is fixed, i.e. on edit)
	 */
	static Checked check(DefinitionForm form, List<ColumnSpec> existingColumns,
			java.util.function.Predicate<String> slugTaken) {
		List<Problem> problems = new ArrayList<>();
		String title = trim(form.getTitle());
		if (title.isEmpty()) {
			problems.add(field("title", "dataset.def.title-required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(field("title", "dataset.def.title-too-long", MAX_TITLE));
		}
		String slug = trim(form.getSlug()).toLowerCase(Locale.ROOT);
		if (slugTaken != null) {
			if (slug.isEmpty()) {
				slug = slugOf(title);
			}
			if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
				problems.add(field("slug", "dataset.def.slug-invalid"));
			}
			else if (Set.of("catalog", "katalog").contains(slug) || slugTaken.test(slug)) {
				problems.add(field("slug", "dataset.def.slug-taken", slug));
			}
		}
		String description = trim(form.getDescription());
		if (description.isEmpty()) {
			problems.add(field("description", "dataset.def.description-required"));
		}
		String licence = Licence.find(form.getLicence()).map(Licence::id).orElse(null);
		if (licence == null) {
			problems.add(field("licence", "dataset.def.licence-invalid"));
		}
		UpdateFrequency frequency = Arrays.stream(UpdateFrequency.values())
			.filter(f -> f.name().equals(form.getFrequency()))
			.findFirst()
			.orElse(null);
		if (frequency == null) {
			problems.add(field("frequency", "dataset.def.frequency-invalid"));
		}
		List<ColumnSpec> columns = existingColumns != null ? existingColumns : columns(form, problems);
		ChartSpec chart = chart(form, columns, problems);
		return new Checked(title, slug, description, licence, frequency, columns, chart, problems);
	}

	private static List<ColumnSpec> columns(DefinitionForm form, List<Problem> problems) {
		List<ColumnSpec> columns = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<DefinitionForm.ColumnForm> rows = form.getColumns() == null ? List.of() : form.getColumns();
		for (int i = 0; i < rows.size(); i++) {
			DefinitionForm.ColumnForm row = rows.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			String prefix = "columns[" + i + "].";
			String name = trim(row.getName()).toLowerCase(Locale.ROOT);
			boolean ok = true;
			if (!COLUMN_NAME.matcher(name).matches()) {
				problems.add(field(prefix + "name", "dataset.def.column-name-invalid"));
				ok = false;
			}
			else if (!names.add(name)) {
				problems.add(field(prefix + "name", "dataset.def.column-name-duplicate", name));
				ok = false;
			}
			ColumnType type;
			try {
				type = ColumnType.valueOf(trim(row.getType()));
			}
			catch (IllegalArgumentException unknown) {
				problems.add(field(prefix + "type", "dataset.def.column-type-invalid"));
				continue;
			}
			List<String> allowed = Arrays.stream(trim(row.getAllowed()).split("[,;\\n]"))
				.map(String::strip)
				.filter(v -> !v.isEmpty())
				.distinct()
				.toList();
			if (type == ColumnType.CHOICE && allowed.isEmpty()) {
				problems.add(field(prefix + "allowed", "dataset.def.column-choices-required"));
				ok = false;
			}
			if (ok) {
				columns.add(new ColumnSpec(name, trim(row.getLabel()), type, row.isRequired(), trim(row.getUnit()),
						type == ColumnType.CHOICE ? allowed : List.of()));
			}
		}
		if (columns.isEmpty() && problems.stream().noneMatch(p -> p.column().startsWith("columns["))) {
			problems.add(field("columns", "dataset.def.columns-required"));
		}
		if (columns.size() > MAX_COLUMNS) {
			problems.add(field("columns", "dataset.def.columns-too-many", MAX_COLUMNS));
		}
		return columns;
	}

	private static ChartSpec chart(DefinitionForm form, List<ColumnSpec> columns, List<Problem> problems) {
		String time = trim(form.getChartTime()).toLowerCase(Locale.ROOT);
		String value = trim(form.getChartValue()).toLowerCase(Locale.ROOT);
		String series = trim(form.getChartSeries()).toLowerCase(Locale.ROOT);
		if (time.isEmpty() && value.isEmpty() && series.isEmpty()) {
			return null;
		}
		int before = problems.size();
		if (columns.stream().noneMatch(c -> c.name().equals(time) && c.type() == ColumnType.DATE)) {
			problems.add(field("chartTime", "dataset.def.chart-time-invalid"));
		}
		if (columns.stream().noneMatch(c -> c.name().equals(value) && c.type().numeric())) {
			problems.add(field("chartValue", "dataset.def.chart-value-invalid"));
		}
		if (!series.isEmpty() && columns.stream()
			.noneMatch(c -> c.name().equals(series) && (c.type() == ColumnType.TEXT || c.type() == ColumnType.CHOICE))) {
			problems.add(field("chartSeries", "dataset.def.chart-series-invalid"));
		}
		return problems.size() > before ? null : new ChartSpec(time, value, series.isEmpty() ? null : series);
	}

	/** A URL-safe slug from a title: "Harga Sembako (Pasar)" → {@code harga-sembako-pasar}. */
	static String slugOf(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug;
	}

	private static Problem field(String field, String code, Object... args) {
		return Problem.of(0, field, code, args);
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}
