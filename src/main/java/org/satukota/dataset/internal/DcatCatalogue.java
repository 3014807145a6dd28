package org.satukota.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.satukota.directory.Units;
import org.satukota.shared.UpdateFrequency;
import org.springframework.stereotype.Component;

/**
 * The published datasets as a DCAT-AP style catalogue in JSON-LD: one {@code dcat:Dataset} per dataset with a
 * {@code dcat:Distribution} per download format, frequencies from the EU frequency vocabulary.
 */
@Component
class DcatCatalogue {

	private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

	private final OpenDataModel model;

	private final DatasetViews views;

	private final Units units;

	DcatCatalogue(OpenDataModel model, DatasetViews views, Units units) {
		this.model = model;
		this.views = views;
		this.units = units;
	}

	Map<String, Object> catalogue() {
		String base = views.publicUrl();
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("foaf", "http://xmlns.com/foaf/0.1/");
		context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		Map<String, Object> catalog = new LinkedHashMap<>();
		catalog.put("@context", context);
		catalog.put("@id", base + "/data/catalog.jsonld");
		catalog.put("@type", "dcat:Catalog");
		catalog.put("dct:title", "Data terbuka " + units.city().name());
		catalog.put("dct:description", "Katalog data terbuka " + units.city().name());
		catalog.put("dct:language", Map.of("@id", "http://publications.europa.eu/resource/authority/language/IND"));
		catalog.put("dct:publisher", organization(units.city().name(), base + "/"));
		catalog.put("foaf:homepage", Map.of("@id", base + "/data"));
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Dataset d : model.published()) {
			datasets.add(dataset(d, base));
		}
		catalog.put("dcat:dataset", datasets);
		return catalog;
	}

	private Map<String, Object> dataset(Dataset d, String base) {
		Licence licence = Licence.of(d.licence());
		String page = base + "/data/" + d.slug();
		Map<String, Object> ds = new LinkedHashMap<>();
		ds.put("@id", page);
		ds.put("@type", "dcat:Dataset");
		ds.put("dct:identifier", d.packageId().toString());
		ds.put("dct:title", d.title());
		ds.put("dct:description", d.description());
		ds.put("dct:issued", dateTime(d.firstPublishedAt() == null ? d.createdAt() : d.firstPublishedAt()));
		ds.put("dct:modified", dateTime(d.updatedAt()));
		ds.put("dct:publisher", organization(views.unitName(d.ownerUnitId()), base + "/unit/" + d.ownerUnitId()));
		ds.put("dct:accrualPeriodicity", Map.of("@id", FREQUENCY + frequency(d.frequency())));
		ds.put("dcat:landingPage", Map.of("@id", page));
		ds.put("dcat:keyword", d.columns().stream().map(ColumnSpec::label).toList());
		if (licence.url() != null) {
			ds.put("dct:license", Map.of("@id", licence.url()));
		}
		ds.put("dcat:distribution", List.of(distribution(d, page, "CSV", "text/csv", ".csv", licence),
				distribution(d, page, "JSON", "application/json", ".json", licence)));
		return ds;
	}

	private Map<String, Object> distribution(Dataset d, String page, String format, String mediaType, String extension,
			Licence licence) {
		Map<String, Object> dist = new LinkedHashMap<>();
		dist.put("@id", page + extension);
		dist.put("@type", "dcat:Distribution");
		dist.put("dct:title", d.title() + " (" + format + ")");
		dist.put("dct:format", format);
		dist.put("dcat:mediaType", mediaType);
		dist.put("dcat:accessURL", Map.of("@id", page + extension));
		dist.put("dcat:downloadURL", Map.of("@id", page + extension));
		dist.put("dct:modified", dateTime(d.updatedAt()));
		if (licence.url() != null) {
			dist.put("dct:license", Map.of("@id", licence.url()));
		}
		return dist;
	}

	private static Map<String, Object> organization(String name, String homepage) {
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("@type", "foaf:Organization");
		org.put("foaf:name", name);
		org.put("foaf:homepage", Map.of("@id", homepage));
		return org;
	}

	private static Map<String, Object> dateTime(java.time.Instant instant) {
		return Map.of("@value", instant.toString(), "@type", "xsd:dateTime");
	}

	static String frequency(UpdateFrequency frequency) {
		return switch (frequency) {
			case DAILY -> "DAILY";
			case WEEKLY -> "WEEKLY";
			case MONTHLY -> "MONTHLY";
			case QUARTERLY -> "QUARTERLY";
			case SEMIANNUAL -> "ANNUAL_2";
			case YEARLY -> "ANNUAL";
			case AS_NEEDED -> "IRREG";
		};
	}
}
