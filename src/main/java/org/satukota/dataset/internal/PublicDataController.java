package org.satukota.dataset.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public open-data pages: the catalogue, a dataset's page with its chart and table, and the CSV, JSON and
 * chart downloads. Only published datasets exist here; anything else is a 404.
 */
@Controller
class PublicDataController {

	static final int PAGE_SIZE = 25;

	static final int MAX_SERIES = 12;

	private final DatasetRepository repository;

	private final DatasetViews views;

	private final Units units;

	private final JsonMapper json;

	private final DcatCatalogue dcat;

	PublicDataController(DatasetRepository repository, DatasetViews views, Units units, JsonMapper json,
			DcatCatalogue dcat) {
		this.repository = repository;
		this.views = views;
		this.units = units;
		this.json = json;
		this.dcat = dcat;
	}

	@GetMapping("/data")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			Model model, Locale locale) {
		List<Dataset> published = repository.published();
		Long unitId = parseLong(unit);
		List<Dataset> shown = DatasetSearch.filter(published, q, views::unitName)
			.stream()
			.filter(d -> unitId == null || d.ownerUnitId() == unitId)
			.toList();
		Set<Long> owners = new LinkedHashSet<>();
		published.forEach(d -> owners.add(d.ownerUnitId()));
		List<UnitView> ownerUnits = owners.stream()
			.map(units::find)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(UnitView::name))
			.toList();
		model.addAttribute("datasets", views.cards(shown, locale));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("unit", unitId);
		model.addAttribute("ownerUnits", ownerUnits);
		model.addAttribute("total", published.size());
		return "dataset/catalogue";
	}

	@GetMapping("/data/{slug}")
	String dataset(@PathVariable String slug, @RequestParam(name = "halaman", defaultValue = "1") String pageParam,
			Model model, Locale locale) {
		Dataset d = published(slug);
		Long parsed = parseLong(pageParam);
		int pages = Math.max(1, (d.rowCount() + PAGE_SIZE - 1) / PAGE_SIZE);
		int pageNo = parsed == null ? 1 : (int) Math.max(1, Math.min(pages, parsed));
		String sort = d.chart() == null ? null : d.chart().timeColumn();
		List<List<String>> rows = repository.currentRows(d.id(), sort, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map(r -> DatasetViews.texts(d, r.cells()))
			.toList();
		model.addAttribute("d", d);
		model.addAttribute("unitName", views.unitName(d.ownerUnitId()));
		model.addAttribute("updated", views.date(d.updatedAt(), locale));
		model.addAttribute("updatedAt", d.updatedAt().toString());
		model.addAttribute("late", views.late(d));
		model.addAttribute("due", views.date(d.dueAt(views.zone()), locale));
		model.addAttribute("licence", Licence.of(d.licence()));
		model.addAttribute("rows", rows);
		model.addAttribute("pageNo", pageNo);
		model.addAttribute("pages", pages);
		model.addAttribute("chartColumns", d.chart() == null ? null : chartColumns(d));
		return "dataset/dataset";
	}

	@GetMapping(value = "/data/{slug}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug) {
		Dataset d = published(slug);
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", d.columns().stream().map(ColumnSpec::name).toList())).append("\r\n");
		for (DatasetRepository.Row row : repository.currentRows(d.id(), null, 0, Integer.MAX_VALUE)) {
			List<String> cells = DatasetViews.texts(d, row.cells());
			out.append(String.join(",", cells.stream().map(PublicDataController::csvField).toList())).append("\r\n");
		}
		return download(d, out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", ".csv");
	}

	@GetMapping(value = "/data/{slug}.json")
	ResponseEntity<byte[]> json(@PathVariable String slug) {
		Dataset d = published(slug);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dataset", metadata(d));
		body.put("columns", d.columns().stream().map(PublicDataController::column).toList());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DatasetRepository.Row row : repository.currentRows(d.id(), null, 0, Integer.MAX_VALUE)) {
			Map<String, Object> ordered = new LinkedHashMap<>();
			d.columns().forEach(c -> ordered.put(c.name(), row.cells().get(c.name())));
			rows.add(ordered);
		}
		body.put("rows", rows);
		return download(d, json.writeValueAsBytes(body), "application/json", ".json");
	}

	/** The chart's points: labels (times) and one series per value of the series column, averaged per time. */
	@GetMapping(value = "/data/{slug}/grafik.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> chart(@PathVariable String slug) {
		Dataset d = published(slug);
		if (d.chart() == null) {
			throw new DatasetEditing.NotFound();
		}
		List<Object[]> points = repository.chartPoints(d.id(), d.chart());
		TreeSet<String> times = new TreeSet<>();
		Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>();
		for (Object[] p : points) {
			times.add((String) p[0]);
			series.computeIfAbsent((String) p[1], k -> new LinkedHashMap<>()).put((String) p[0], (BigDecimal) p[2]);
		}
		List<String> labels = new ArrayList<>(times);
		List<Map<String, Object>> datasets = new ArrayList<>();
		series.entrySet().stream().limit(MAX_SERIES).forEach(e -> {
			List<BigDecimal> data = labels.stream()
				.map(t -> e.getValue().get(t))
				.map(v -> v == null ? null : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros())
				.toList();
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("label", e.getKey().isEmpty() ? d.column(d.chart().valueColumn()).map(ColumnSpec::label).orElse("")
					: e.getKey());
			one.put("data", data);
			datasets.add(one);
		});
		ColumnSpec value = d.column(d.chart().valueColumn()).orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", d.title());
		body.put("valueLabel", value.label() + (value.unitOfMeasure() == null ? "" : " (" + value.unitOfMeasure() + ")"));
		body.put("labels", labels);
		body.put("datasets", datasets);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
	}

	@GetMapping(value = "/data/catalog.jsonld")
	ResponseEntity<byte[]> catalogue() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json"))
			.body(json.writeValueAsBytes(dcat.catalogue()));
	}

	@ExceptionHandler(DatasetEditing.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	Map<String, Object> metadata(Dataset d) {
		Licence licence = Licence.of(d.licence());
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("id", d.packageId().toString());
		meta.put("name", d.slug());
		meta.put("title", d.title());
		meta.put("description", d.description());
		meta.put("organization", views.unitName(d.ownerUnitId()));
		meta.put("license_id", licence.id());
		meta.put("license_url", licence.url());
		meta.put("update_frequency", d.frequency().name());
		meta.put("revision", d.revision());
		meta.put("last_updated", d.updatedAt().toString());
		meta.put("late", views.late(d));
		meta.put("url", views.publicUrl() + "/data/" + d.slug());
		return meta;
	}

	private ResponseEntity<byte[]> download(Dataset d, byte[] body, String type, String extension) {
		Licence licence = Licence.of(d.licence());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.slug() + extension + "\"")
			.header(HttpHeaders.LAST_MODIFIED,
					DateTimeFormatter.RFC_1123_DATE_TIME.format(d.updatedAt().atZone(java.time.ZoneOffset.UTC)))
			.header("X-Dataset-Revision", String.valueOf(d.revision()))
			.header("X-Dataset-License", licence.id());
		if (licence.url() != null) {
			response = response.header(HttpHeaders.LINK, "<" + licence.url() + ">; rel=\"license\"");
		}
		return response.body(body);
	}

	private static Map<String, Object> column(ColumnSpec c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", c.name());
		m.put("label", c.label());
		m.put("type", c.type().name().toLowerCase(Locale.ROOT));
		m.put("required", c.required());
		m.put("unit", c.unitOfMeasure());
		if (c.type() == ColumnType.CHOICE) {
			m.put("allowed_values", c.allowedValues());
		}
		return m;
	}

	private static List<String> chartColumns(Dataset d) {
		return List.of(d.chart().timeColumn(), d.chart().valueColumn());
	}

	private Dataset published(String slug) {
		return repository.findBySlug(slug).filter(Dataset::published).orElseThrow(DatasetEditing.NotFound::new);
	}

	static String csvField(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	static Long parseLong(String value) {
		if (value == null || !value.strip().matches("\\d{1,12}")) {
			return null;
		}
		return Long.parseLong(value.strip());
	}
}
