package org.satukota.dataset.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/** Plain word matching over published datasets for the catalogue and CKAN's package_search. */
final class DatasetSearch {

	private DatasetSearch() {
	}

	/** The text a dataset is found by: title, description, owner, column labels and choice values. */
	static String searchableText(Dataset d, String unitName) {
		StringBuilder text = new StringBuilder().append(d.title()).append(' ').append(d.description()).append(' ')
			.append(d.slug()).append(' ').append(unitName);
		for (ColumnSpec column : d.columns()) {
			text.append(' ').append(column.label()).append(' ').append(column.name());
			column.allowedValues().forEach(v -> text.append(' ').append(v));
		}
		return text.toString();
	}

	/** Datasets whose text holds every word of {@code query} (case and accents ignored); all for a blank query. */
	static List<Dataset> filter(List<Dataset> datasets, String query, LongFunction<String> unitNames) {
		if (query == null || query.isBlank() || query.strip().equals("*:*")) {
			return datasets;
		}
		List<String> words = Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
		return datasets.stream().filter(d -> {
			String text = fold(searchableText(d, unitNames.apply(d.ownerUnitId())));
			return words.stream().allMatch(text::contains);
		}).toList();
	}

	static String fold(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}
}
