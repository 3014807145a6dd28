package org.satukota.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the platform's searches read Indonesian: Lucene's Indonesian stemming, and its stop words except those that
 * carry meaning in a citizen's query ("surat keterangan tidak mampu", "belum menikah", "izin usaha kecil").
 */
public final class IndonesianText {

	/** Stock stop words that decide what a citizen is looking for, so they stay searchable. */
	static final Set<String> MEANINGFUL_WORDS = Set.of("mampu", "belum", "sementara", "kecil", "lama", "tidak", "baru");

	private IndonesianText() {
	}

	/** A new analyser for indexing and querying (analysers are thread-safe; keep one per index). */
	public static Analyzer searchAnalyzer() {
		CharArraySet stock = IndonesianAnalyzer.getDefaultStopSet();
		CharArraySet stopWords = new CharArraySet(stock.size(), false);
		for (Object word : stock) {
			String text = new String((char[]) word);
			if (!MEANINGFUL_WORDS.contains(text)) {
				stopWords.add(text);
			}
		}
		return new IndonesianAnalyzer(CharArraySet.unmodifiableSet(stopWords));
	}

	/** The distinct analysed (stemmed, stop words removed) terms of {@code text}, in order, at most {@code max}. */
	public static List<String> distinctTerms(Analyzer analyzer, String text, int max) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		LinkedHashSet<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < max) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// reading from a String cannot fail
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}
}
