package org.satukota.informasi.internal;

import java.util.ArrayList;
import java.util.List;

import org.satukota.shared.SearchDocument;
import org.satukota.shared.SearchSource;
import org.springframework.stereotype.Component;

/** Published news, announcements, agenda, documents and regulations for the site search. */
@Component
class ContentSearchSource implements SearchSource {

	private final ContentRepository repository;

	ContentSearchSource(ContentRepository repository) {
		this.repository = repository;
	}

	static String type(ContentKind kind) {
		return "informasi.search.type." + kind.section();
	}

	@Override
	public List<SearchDocument> searchDocuments() {
		List<SearchDocument> documents = new ArrayList<>();
		for (Content c : repository.allPublished()) {
			ContentDetails d = c.details();
			StringBuilder text = new StringBuilder();
			append(text, d.summary());
			append(text, BodyText.plain(d.body()));
			append(text, d.regulationNumber());
			append(text, d.place());
			documents.add(new SearchDocument(type(c.kind()), String.valueOf(c.id()), d.title(), text.toString(),
					c.path(), c.updatedAt()));
		}
		return documents;
	}

	private static void append(StringBuilder text, String part) {
		if (part != null && !part.isBlank()) {
			text.append(part.strip()).append(". ");
		}
	}
}
