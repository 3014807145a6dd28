package org.satukota.dataset.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satukota.directory.UnitView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A read-only, CKAN-compatible action API (CKAN API version 3) so that national and other portals (Satu Data
 * Indonesia runs CKAN) can harvest the city's datasets: {@code package_list}, {@code package_show},
 * {@code package_search}, {@code organization_list} and {@code organization_show}, in CKAN's envelope
 * {@code {"help", "success", "result"}} and with CKAN's error objects and statuses (404 Not Found Error,
 * 409 Validation Error / Search Query Error, 400 for a bad request).
 */
@RestController
class CkanApiController {

	static final int DEFAULT_ROWS = 10;

	static final int MAX_ROWS = 1000;

	private static final Pattern FQ_TERM = Pattern
		.compile("\\s*(?:AND\\s+)?\\+?([a-z_]+):(\"[^\"]*\"|\\[[^\\]]*\\]|\\S+)");

	private static final java.util.Set<String> FORMATS = java.util.Set.of("CSV", "JSON");

	private final OpenDataModel model;

	private final DatasetViews views;

	CkanApiController(OpenDataModel model, DatasetViews views) {
		this.model = model;
		this.views = views;
	}

	/** A request CKAN would answer with an error object. */
	static class CkanError extends RuntimeException {

		final HttpStatus status;

		final Map<String, Object> error;

		CkanError(HttpStatus status, Map<String, Object> error) {
			super(String.valueOf(error.get("__type")));
			this.status = status;
			this.error = error;
		}

		static CkanError notFound(String message) {
			return new CkanError(HttpStatus.NOT_FOUND, typed("Not Found Error", "message", message));
		}

		static CkanError missing(String field) {
			return new CkanError(HttpStatus.CONFLICT, typed("Validation Error", field, List.of("Missing value")));
		}

		static CkanError badRequest(String message) {
			return new CkanError(HttpStatus.BAD_REQUEST, typed("Bad Request", "message", "Bad request - " + message));
		}

		static CkanError searchQuery(String message) {
			return new CkanError(HttpStatus.CONFLICT, typed("Search Query Error", "message",
					"Search Query is invalid: " + message));
		}

		private static Map<String, Object> typed(String type, String key, Object value) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("__type", type);
			error.put(key, value);
			return error;
		}
	}

	@GetMapping(value = "/api/3/action/{action}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> action(@PathVariable String action, @RequestParam Map<String, String> params) {
		String help = views.publicUrl() + "/api/3/action/help_show?name=" + action;
		try {
			Object result = switch (action) {
				case "package_list" -> packageList(params);
				case "package_show" -> packageShow(params);
				case "package_search" -> packageSearch(params);
				case "organization_list" -> organizationList(params);
				case "organization_show" -> organizationShow(params);
				default -> throw CkanError.badRequest("Action name not known: " + action);
			};
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("help", help);
			body.put("success", true);
			body.put("result", result);
			return ResponseEntity.ok(body);
		}
		catch (CkanError refused) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("help", help);
			body.put("success", false);
			body.put("error", refused.error);
			return ResponseEntity.status(refused.status).body(body);
		}
	}

	@GetMapping(value = { "/api/3", "/api/3/action" }, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> version() {
		return Map.of("version", 3);
	}

	private List<String> packageList(Map<String, String> params) {
		int limit = integer(params, "limit", Integer.MAX_VALUE);
		int offset = integer(params, "offset", 0);
		return model.published().stream().map(Dataset::slug).sorted().skip(offset).limit(limit).toList();
	}

	private Map<String, Object> packageShow(Map<String, String> params) {
		String id = required(params, "id");
		Dataset d = model.publishedByIdOrName(id).orElseThrow(() -> CkanError.notFound("Not found"));
		return model.packageDict(d);
	}

	private Map<String, Object> packageSearch(Map<String, String> params) {
		int rows = integer(params, "rows", DEFAULT_ROWS);
		if (rows > MAX_ROWS) {
			rows = MAX_ROWS;
		}
		int start = integer(params, "start", 0);
		List<Dataset> found = DatasetSearch.filter(model.published(), params.get("q"), views::unitName);
		String fq = params.getOrDefault("fq", "");
		if (!fq.isBlank()) {
			found = filterQuery(found, fq);
		}
		found = new ArrayList<>(found);
		String sort = params.getOrDefault("sort", "metadata_modified desc").strip().toLowerCase(Locale.ROOT);
		found.sort(sorting(sort));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", found.size());
		result.put("sort", sort);
		result.put("facets", Map.of());
		result.put("search_facets", Map.of());
		result.put("results", found.stream().skip(start).limit(rows).map(model::packageDict).toList());
		return result;
	}

	private List<Dataset> filterQuery(List<Dataset> datasets, String fq) {
		Matcher m = FQ_TERM.matcher(fq);
		List<Dataset> result = datasets;
		int position = 0;
		while (position < fq.length() && !fq.substring(position).isBlank()) {
			m.region(position, fq.length());
			if (!m.lookingAt()) {
				throw CkanError.searchQuery("cannot parse fq '" + fq + "'");
			}
			String field = m.group(1);
			String value = m.group(2).replaceAll("^\"|\"$", "");
			List<Dataset> current = result;
			result = switch (field) {
				case "organization" -> {
					UnitView unit = model.organization(value).orElse(null);
					yield unit == null ? List.of() : current.stream().filter(d -> d.ownerUnitId() == unit.id()).toList();
				}
				case "name" -> current.stream().filter(d -> d.slug().equals(value)).toList();
				case "dataset_type", "type" -> "dataset".equals(value) ? current : List.of();
				case "res_format" -> FORMATS.contains(value.toUpperCase(Locale.ROOT)) ? current : List.of();
				case "license_id" -> current.stream().filter(d -> d.licence().equalsIgnoreCase(value)).toList();
				case "metadata_modified" -> modifiedRange(current, value);
				default -> throw CkanError.searchQuery("field '" + field + "' cannot be filtered");
			};
			position = m.end();
		}
		return result;
	}

	private static List<Dataset> modifiedRange(List<Dataset> datasets, String range) {
		Matcher r = Pattern.compile("\\[(\\S+) TO (\\S+)\\]").matcher(range);
		if (!r.matches()) {
			throw CkanError.searchQuery("metadata_modified needs [from TO until]");
		}
		Instant from = bound(r.group(1));
		Instant until = bound(r.group(2));
		return datasets.stream()
			.filter(d -> (from == null || !d.updatedAt().isBefore(from)) && (until == null || !d.updatedAt().isAfter(until)))
			.toList();
	}

	private static Instant bound(String value) {
		if (value.equals("*")) {
			return null;
		}
		String v = value.replaceAll("Z$", "");
		try {
			return v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC)
					: LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException malformed) {
			throw CkanError.searchQuery("bad date '" + value + "'");
		}
	}

	private static Comparator<Dataset> sorting(String sort) {
		if (sort.startsWith("name") || sort.startsWith("title")) {
			Comparator<Dataset> byName = sort.startsWith("name") ? Comparator.comparing(Dataset::slug)
					: Comparator.comparing(d -> d.title().toLowerCase(Locale.ROOT));
			return sort.endsWith("desc") ? byName.reversed() : byName;
		}
		Comparator<Dataset> byModified = Comparator.comparing(Dataset::updatedAt);
		return sort.contains("metadata_modified asc") ? byModified : byModified.reversed();
	}

	private Object organizationList(Map<String, String> params) {
		boolean allFields = Boolean.parseBoolean(params.getOrDefault("all_fields", "false"));
		List<UnitView> orgs = model.organizations();
		if (allFields) {
			return orgs.stream().map(u -> model.organizationDict(u, true)).toList();
		}
		return orgs.stream().map(OpenDataModel::organizationName).toList();
	}

	private Map<String, Object> organizationShow(Map<String, String> params) {
		String id = required(params, "id");
		UnitView unit = model.organization(id).orElseThrow(() -> CkanError.notFound("Not found"));
		Map<String, Object> org = model.organizationDict(unit, true);
		if (!"false".equalsIgnoreCase(params.getOrDefault("include_datasets", "true"))) {
			org.put("packages", model.published()
				.stream()
				.filter(d -> d.ownerUnitId() == unit.id())
				.map(model::packageDict)
				.toList());
		}
		return org;
	}

	private static String required(Map<String, String> params, String name) {
		String value = params.get(name);
		if (value == null || value.isBlank()) {
			throw CkanError.missing(name);
		}
		return value;
	}

	private static int integer(Map<String, String> params, String name, int fallback) {
		String value = params.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (!value.strip().matches("\\d{1,9}")) {
			throw CkanError.badRequest(name + ": Invalid integer '" + value + "' (a whole number of 0 or more)");
		}
		return Integer.parseInt(value.strip());
	}

}
