package org.satukota.layanan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.satukota.shared.IndonesianText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.satukota.layanan.FormField;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceVersion;

/**
 * The Indonesian full-text index of the current catalogue, in memory. It holds nothing that must be shared between
 * nodes: every node rebuilds it from the database at start and whenever the catalogue changed since it was built.
 */
final class CatalogueIndex {

	/** Where a term found in a field counts how much: the name matters most, requirements least. */
	private static final Map<String, Float> FIELDS = Map.of("name", 4f, "events", 2f, "product", 1.5f,
			"description", 1f, "requirements", 0.7f, "form", 0.5f);

	private static final int MAX_TERMS = 20;

	/**
	 * The stock Indonesian stop words drop words that name services here ("tidak mampu", "belum nikah",
	 * "domisili sementara", "usaha kecil"), so those are kept.
	 */
	private final Analyzer analyzer = IndonesianText.searchAnalyzer();


	private volatile Snapshot snapshot = new Snapshot(null, null);

	private record Snapshot(IndexSearcher searcher, Instant builtFrom) {
	}

	Instant builtFrom() {
		return snapshot.builtFrom();
	}

	/** Replaces the index with one built from these versions; {@code asOf} is the catalogue change it reflects. */
	synchronized void rebuild(List<ServiceVersion> versions, Instant asOf) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (ServiceVersion v : versions) {
				writer.addDocument(document(v));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), asOf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Codes of the matching service types, best first; every query word may match any field (OR, ranked). */
	List<String> search(String query) {
		IndexSearcher searcher = snapshot.searcher();
		List<String> terms = terms(query);
		if (searcher == null || terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			BooleanQuery.Builder anyField = new BooleanQuery.Builder();
			FIELDS.forEach((field, boost) -> anyField
				.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
			all.add(anyField.build(), BooleanClause.Occur.SHOULD);
		}
		Query built = all.build();
		try {
			List<String> codes = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(built, 100).scoreDocs) {
				codes.add(searcher.storedFields().document(hit.doc).get("code"));
			}
			return codes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The analysed (stop words removed, stemmed) terms of a query. */
	List<String> terms(String query) {
		return IndonesianText.distinctTerms(analyzer, query, MAX_TERMS);
	}

	private static Document document(ServiceVersion v) {
		Document doc = new Document();
		doc.add(new StringField("code", v.code(), Field.Store.YES));
		// The code's words too, so that abbreviations like "sktm" find their service.
		doc.add(new TextField("name", v.name() + " " + v.code().replace('-', ' '), Field.Store.NO));
		doc.add(new TextField("description", nullToEmpty(v.description()), Field.Store.NO));
		doc.add(new TextField("events", String.join(" . ", v.lifeEvents()), Field.Store.NO));
		doc.add(new TextField("product",
				nullToEmpty(v.standard() == null ? null : v.standard().produk()) + " "
						+ nullToEmpty(v.document() == null ? null : v.document().title()),
				Field.Store.NO));
		doc.add(new TextField("requirements",
				String.join(" . ", v.requirements().stream().map(RequirementSpec::label).toList()) + " "
						+ nullToEmpty(v.standard() == null ? null : v.standard().persyaratan()),
				Field.Store.NO));
		doc.add(new TextField("form", String.join(" . ", v.form().stream().map(FormField::label).toList()),
				Field.Store.NO));
		return doc;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
