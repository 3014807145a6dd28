package org.satukota.informasi.internal;

import java.util.List;

import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.shared.SearchDocument;
import org.satukota.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * The service catalogue for the site search, read through the services module's public API. Only what the public
 * catalogue shows: name, description, life events, product and requirements.
 */
@Component
class ServiceSearchSource implements SearchSource {

	static final String TYPE = "informasi.search.type.layanan";

	private final ServiceCatalog catalog;

	ServiceSearchSource(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<SearchDocument> searchDocuments() {
		return catalog.published().stream().map(ServiceSearchSource::document).toList();
	}

	private static SearchDocument document(ServiceVersion v) {
		StringBuilder text = new StringBuilder();
		append(text, v.description());
		append(text, String.join(", ", v.lifeEvents()));
		if (v.standard() != null) {
			append(text, v.standard().produk());
			append(text, v.standard().persyaratan());
		}
		append(text, String.join(", ", v.requirements().stream().map(RequirementSpec::label).toList()));
		// The code's words too, so that abbreviations like "sktm" find their service.
		append(text, v.code().replace('-', ' '));
		return new SearchDocument(TYPE, v.code(), v.name(), text.toString(), "/layanan/" + v.code(), v.publishedAt());
	}

	private static void append(StringBuilder text, String part) {
		if (part != null && !part.isBlank()) {
			text.append(part.strip()).append(". ");
		}
	}
}
