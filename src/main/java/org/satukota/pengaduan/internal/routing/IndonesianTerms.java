package org.satukota.pengaduan.internal.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Indonesian text into stemmed terms without stop words, the same way for routing and for duplicate
 * detection.
 */
public final class IndonesianTerms {

	// Lucene analyzers are thread-safe (token streams are reused per thread), so one instance serves all callers.
	private static final Analyzer ANALYZER = new IndonesianAnalyzer();

	private IndonesianTerms() {
	}

	/** The stemmed terms of {@code text} in order (with repeats); empty for {@code null} or blank text. */
	public static List<String> of(String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			// reading from a String cannot fail; keep the signature free of checked exceptions
			throw new UncheckedIOException(e);
		}
		return terms;
	}
}
