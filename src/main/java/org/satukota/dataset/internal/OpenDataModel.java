package org.satukota.dataset.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/**
 * Published datasets as CKAN packages and their owner units as CKAN organizations, shared by the CKAN API and the
 * DCAT catalogue so both describe the same things the same way.
 */
@Component
class OpenDataModel {

	private final DatasetRepository repository;

	private final DatasetViews views;

	private final Units units;

	OpenDataModel(DatasetRepository repository, DatasetViews views, Units units) {
		this.repository = repository;
		this.views = views;
		this.units = units;
	}

	/** An organization's CKAN name: its unit code made URL-safe ({@code DISKOMINFO} → {@code diskominfo}). */
	static String organizationName(UnitView unit) {
		return DefinitionRules.slugOf(unit.code());
	}

	List<Dataset> published() {
		return repository.published();
	}

	Optional<Dataset> publishedByIdOrName(String idOrName) {
		String key = idOrName.strip();
		Optional<Dataset> found = repository.findBySlug(key);
		if (found.isEmpty() && key.matches("[0-9a-fA-F-]{36}")) {
			try {
				found = repository.findByPackageId(java.util.UUID.fromString(key));
			}
			catch (IllegalArgumentException malformed) {
				found = Optional.empty();
			}
		}
		return found.filter(Dataset::published);
	}

	/** Units owning at least one published dataset, by name. */
	List<UnitView> organizations() {
		return published().stream()
			.map(Dataset::ownerUnitId)
			.distinct()
			.map(units::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(OpenDataModel::organizationName))
			.toList();
	}

	Optional<UnitView> organization(String idOrName) {
		String key = idOrName.strip();
		return organizations().stream()
			.filter(u -> organizationName(u).equals(key) || String.valueOf(u.id()).equals(key))
			.findFirst();
	}

	long packageCount(UnitView unit) {
		return published().stream().filter(d -> d.ownerUnitId() == unit.id()).count();
	}

	Map<String, Object> organizationDict(UnitView unit, boolean withCount) {
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("id", String.valueOf(unit.id()));
		org.put("name", organizationName(unit));
		org.put("title", unit.name());
		org.put("display_name", unit.name());
		org.put("description", unit.address() == null ? "" : unit.address());
		org.put("image_url", "");
		org.put("type", "organization");
		org.put("is_organization", true);
		org.put("state", unit.active() ? "active" : "deleted");
		org.put("approval_status", "approved");
		if (withCount) {
			org.put("package_count", packageCount(unit));
		}
		return org;
	}

	Map<String, Object> packageDict(Dataset d) {
		String base = views.publicUrl();
		Licence licence = Licence.of(d.licence());
		UnitView unit = units.find(d.ownerUnitId()).orElse(null);
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", d.packageId().toString());
		p.put("name", d.slug());
		p.put("title", d.title());
		p.put("notes", d.description());
		p.put("type", "dataset");
		p.put("state", "active");
		p.put("private", false);
		p.put("license_id", licence.id());
		p.put("license_title", licence.title());
		p.put("license_url", licence.url());
		p.put("metadata_created", ckanTime(d.firstPublishedAt() == null ? d.createdAt() : d.firstPublishedAt()));
		p.put("metadata_modified", ckanTime(d.updatedAt()));
		p.put("version", String.valueOf(d.revision()));
		p.put("url", base + "/data/" + d.slug());
		p.put("author", unit == null ? null : unit.name());
		p.put("maintainer", unit == null ? null : unit.name());
		p.put("maintainer_email", unit == null ? null : unit.email());
		p.put("owner_org", unit == null ? null : String.valueOf(unit.id()));
		p.put("organization", unit == null ? null : organizationDict(unit, false));
		p.put("num_resources", 2);
		p.put("num_tags", 0);
		p.put("tags", List.of());
		p.put("groups", List.of());
		List<Map<String, Object>> extras = new ArrayList<>();
		extras.add(Map.of("key", "update_frequency", "value", d.frequency().name()));
		extras.add(Map.of("key", "late", "value", String.valueOf(views.late(d))));
		extras.add(Map.of("key", "rows", "value", String.valueOf(d.rowCount())));
		p.put("extras", extras);
		p.put("resources", List.of(resource(d, "CSV", "text/csv", ".csv", 0),
				resource(d, "JSON", "application/json", ".json", 1)));
		return p;
	}

	private Map<String, Object> resource(Dataset d, String format, String mime, String extension, int position) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", d.packageId() + "-" + format.toLowerCase(java.util.Locale.ROOT));
		r.put("package_id", d.packageId().toString());
		r.put("name", d.title() + " (" + format + ")");
		r.put("description", d.description());
		r.put("format", format);
		r.put("mimetype", mime);
		r.put("url", views.publicUrl() + "/data/" + d.slug() + extension);
		r.put("url_type", null);
		r.put("position", position);
		r.put("state", "active");
		r.put("created", ckanTime(d.createdAt()));
		r.put("last_modified", ckanTime(d.updatedAt()));
		r.put("metadata_modified", ckanTime(d.updatedAt()));
		return r;
	}

	/** CKAN writes timestamps as ISO local date-times in UTC without an offset. */
	static String ckanTime(java.time.Instant instant) {
		return instant == null ? null
				: java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)
					.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}
}
