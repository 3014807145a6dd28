package org.satukota.informasi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.satukota.shared.IndonesianText;
import org.satukota.shared.SearchDocument;
import org.satukota.shared.SearchSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The site-wide search: an in-memory Lucene index with Indonesian stemming over every {@link SearchSource} of the
 * platform. Each node holds its own copy, rebuilt from the database (through the sources) at start-up, after this
 * module's own changes and every few minutes; nothing in it has to be shared between nodes, and a node that missed
 * another node's change catches up at its next periodic rebuild.
 */
@Component
class SiteSearch implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	static final int MAX_QUERY = 200;

	private static final int MAX_TERMS = 20;

	private static final int MAX_HITS = 60;

	private static final int SNIPPET = 220;

	/** The stock stop words drop words people search with ("tidak mampu", "belum nikah"), so those are kept. */
	private final Analyzer analyzer = IndonesianText.searchAnalyzer();

	private final ObjectProvider<SearchSource> sources;

	private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "informasi-search-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean rebuildPending = new AtomicBoolean();

	private volatile Snapshot snapshot = new Snapshot(null, null, 0);

	SiteSearch(ObjectProvider<SearchSource> sources) {
		this.sources = sources;
	}

	private record Snapshot(IndexSearcher searcher, Instant builtAt, int size) {
	}

	/** One found document with its snippet. */
	record Hit(String type, String title, String path, List<Mark> snippet, Instant updatedAt) {
	}

	/** A run of snippet text; {@code hit} when it matched the query. */
	record Mark(String text, boolean hit) {
	}

	/** Hits of one type, in the order of the type's best hit. */
	record Group(String type, List<Hit> hits) {
	}

	int size() {
		return snapshot.size();
	}

	Instant builtAt() {
		return snapshot.builtAt();
	}

	/** Rebuilds soon on a background thread; requests made while one is waiting are folded into it. */
	void requestRebuild() {
		if (rebuildPending.compareAndSet(false, true)) {
			rebuilder.execute(() -> {
				rebuildPending.set(false);
				try {
					rebuild();
				}
				catch (RuntimeException ex) {
					log.warn("Site search rebuild failed; the previous index stays in use", ex);
				}
			});
		}
	}

	/** Replaces the index with one built from every source as it is now. */
	synchronized void rebuild() {
		List<SearchDocument> documents = new ArrayList<>();
		sources.orderedStream().forEach(source -> {
			try {
				documents.addAll(source.searchDocuments());
			}
			catch (RuntimeException ex) {
				// One module's failure must not empty the whole search.
				log.warn("Search source {} failed", source.getClass().getName(), ex);
			}
		});
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (SearchDocument d : documents) {
				writer.addDocument(document(d));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			snapshot = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), Instant.now(), documents.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The matching documents grouped by type; every query word may match (OR, ranked, title weighs most). */
	List<Group> search(String query) {
		IndexSearcher searcher = snapshot.searcher();
		List<String> terms = terms(query);
		if (searcher == null || terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			BooleanQuery.Builder anyField = new BooleanQuery.Builder();
			anyField.add(new BoostQuery(new TermQuery(new Term("title", term)), 3f), BooleanClause.Occur.SHOULD);
			anyField.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
			all.add(anyField.build(), BooleanClause.Occur.SHOULD);
		}
		Set<String> termSet = Set.copyOf(terms);
		Map<String, List<Hit>> groups = new LinkedHashMap<>();
		try {
			for (ScoreDoc scored : searcher.search(all.build(), MAX_HITS).scoreDocs) {
				Document doc = searcher.storedFields().document(scored.doc);
				String updated = doc.get("updatedAt");
				Hit hit = new Hit(doc.get("type"), doc.get("title"), doc.get("path"), snippet(doc.get("text"), termSet),
						updated == null ? null : Instant.parse(updated));
				groups.computeIfAbsent(hit.type(), t -> new ArrayList<>()).add(hit);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
	}

	/** The analysed (stop words removed, stemmed) terms of a query. */
	List<String> terms(String query) {
		return IndonesianText.distinctTerms(analyzer, query, MAX_TERMS);
	}

	/** A window of the text around its first matching word, with every matching word marked. */
	List<Mark> snippet(String text, Set<String> terms) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<int[]> matches = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (terms.contains(term.toString())) {
					matches.add(new int[] { offset.startOffset(), offset.endOffset() });
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int from = 0;
		if (!matches.isEmpty() && matches.get(0)[0] > 60) {
			from = text.lastIndexOf(' ', matches.get(0)[0] - 60) + 1;
		}
		int to = Math.min(text.length(), from + SNIPPET);
		if (to < text.length()) {
			int space = text.lastIndexOf(' ', to);
			to = space > from ? space : to;
		}
		List<Mark> marks = new ArrayList<>();
		if (from > 0) {
			marks.add(new Mark("… ", false));
		}
		int at = from;
		for (int[] match : matches) {
			if (match[0] < from || match[1] > to) {
				continue;
			}
			if (match[0] > at) {
				marks.add(new Mark(text.substring(at, match[0]), false));
			}
			marks.add(new Mark(text.substring(match[0], match[1]), true));
			at = match[1];
		}
		if (at < to) {
			marks.add(new Mark(text.substring(at, to), false));
		}
		if (to < text.length()) {
			marks.add(new Mark(" …", false));
		}
		return marks;
	}

	private static Document document(SearchDocument d) {
		Document doc = new Document();
		doc.add(new StringField("type", d.type(), Field.Store.YES));
		doc.add(new StringField("id", d.type() + ":" + d.id(), Field.Store.YES));
		doc.add(new StoredField("path", d.path()));
		doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
		String text = d.text() == null ? "" : d.text().replaceAll("\\s+", " ").strip();
		doc.add(new TextField("text", text, Field.Store.YES));
		if (d.updatedAt() != null) {
			doc.add(new StoredField("updatedAt", d.updatedAt().toString()));
		}
		return doc;
	}


	@Override
	public void destroy() {
		rebuilder.shutdownNow();
	}
}
