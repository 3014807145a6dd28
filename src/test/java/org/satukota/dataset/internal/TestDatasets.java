package org.satukota.dataset.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.satukota.shared.UpdateFrequency;

/** Published datasets written straight to the repository, for tests that are about reading them. */
final class TestDatasets {

	static final List<ColumnSpec> COLUMNS = List.of(
			new ColumnSpec("tanggal", "Tanggal", ColumnType.DATE, true, null, List.of()),
			new ColumnSpec("komoditas", "Komoditas", ColumnType.CHOICE, true, null, List.of("Beras medium", "Gula pasir")),
			new ColumnSpec("harga", "Harga", ColumnType.INTEGER, true, "Rp", List.of()));

	private TestDatasets() {
	}

	static Dataset published(DatasetRepository repository, String slug, String title, long ownerUnitId,
			UpdateFrequency frequency, Instant updatedAt) {
		Dataset draft = new Dataset(0, UUID.randomUUID(), slug, title, "Harga bahan pokok untuk pengujian " + slug + ".",
				"CC-BY-4.0", ownerUnitId, frequency, new ChartSpec("tanggal", "harga", "komoditas"), false, 0, 0,
				updatedAt, updatedAt, null, null, null, null, COLUMNS);
		long id = repository.insert(draft);
		repository.insertRows(id, 1, List.of(row("2026-05-04", "Beras medium", 13500),
				row("2026-05-04", "Gula pasir", 17500), row("2026-05-11", "Beras medium", 13700)));
		repository.setPublished(id, true, updatedAt);
		repository.bump(id, 1, updatedAt, "uji", "PUBLISHED", null);
		return repository.find(id).orElseThrow();
	}

	static Map<String, Object> row(String date, String commodity, long price) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("tanggal", date);
		row.put("komoditas", commodity);
		row.put("harga", price);
		return row;
	}
}
