package org.satukota.dataset.internal;

import java.util.List;

import org.satukota.shared.SearchDocument;
import org.satukota.shared.SearchSource;
import org.springframework.stereotype.Component;

/** Puts published datasets into the portal's site search, with their column names and choice values. */
@Component
class DatasetSearchSource implements SearchSource {

	static final String TYPE = "dataset.search.type";

	private final DatasetRepository repository;

	private final DatasetViews views;

	DatasetSearchSource(DatasetRepository repository, DatasetViews views) {
		this.repository = repository;
		this.views = views;
	}

	@Override
	public List<SearchDocument> searchDocuments() {
		return repository.published()
			.stream()
			.map(d -> new SearchDocument(TYPE, d.slug(), d.title(),
					DatasetSearch.searchableText(d, views.unitName(d.ownerUnitId())), "/data/" + d.slug(),
					d.updatedAt()))
			.toList();
	}
}
