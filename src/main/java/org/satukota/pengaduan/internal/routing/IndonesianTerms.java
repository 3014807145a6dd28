package org.satukota.pengaduan.internal.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Indonesian text into stemmed terms without stop words, the same way for routing and for duplicate
 * detection. Common chat abbreviations and informal spellings (jln, yg, tdk, gak, udh …) are written out first, as
 * citizens use them as often as the full words.
 */
public final class IndonesianTerms {

	// Lucene analyzers are thread-safe (token streams are reused per thread), so one instance serves all callers.
	private static final Analyzer ANALYZER = new IndonesianAnalyzer();

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Map<String, String> INFORMAL = Map.ofEntries(
			Map.entry("jln", "jalan"), Map.entry("jl", "jalan"), Map.entry("jalanan", "jalan"),
			Map.entry("yg", "yang"), Map.entry("tdk", "tidak"), Map.entry("tak", "tidak"), Map.entry("gak", "tidak"),
			Map.entry("ga", "tidak"), Map.entry("gk", "tidak"), Map.entry("nggak", "tidak"), Map.entry("ngga", "tidak"),
			Map.entry("enggak", "tidak"), Map.entry("udh", "sudah"), Map.entry("udah", "sudah"),
			Map.entry("sdh", "sudah"), Map.entry("dah", "sudah"), Map.entry("blm", "belum"), Map.entry("dr", "dari"),
			Map.entry("dgn", "dengan"), Map.entry("krn", "karena"), Map.entry("karna", "karena"),
			Map.entry("kalo", "kalau"), Map.entry("klo", "kalau"), Map.entry("tlg", "tolong"),
			Map.entry("tolongin", "tolong"), Map.entry("bgt", "banget"), Map.entry("skrg", "sekarang"),
			Map.entry("sm", "sama"), Map.entry("utk", "untuk"), Map.entry("tp", "tapi"),
			Map.entry("dkt", "dekat"), Map.entry("deket", "dekat"), Map.entry("rmh", "rumah"),
			Map.entry("sy", "saya"), Map.entry("aku", "saya"), Map.entry("gw", "saya"), Map.entry("gue", "saya"),
			Map.entry("jd", "jadi"), Map.entry("lg", "lagi"), Map.entry("bener", "benar"), Map.entry("pake", "pakai"),
			Map.entry("malem", "malam"), Map.entry("lobang", "lubang"), Map.entry("bolong", "lubang"),
			Map.entry("numpuk", "tumpuk"), Map.entry("mampet", "sumbat"), Map.entry("got", "selokan"),
			Map.entry("lalin", "lalu lintas"), Map.entry("pju", "lampu jalan"), Map.entry("apill", "lampu lalu lintas"),
			Map.entry("ektp", "ktp"), Map.entry("db", "dbd"),
			Map.entry("pkl", "pedagang kaki lima"), Map.entry("jukir", "juru parkir"), Map.entry("ojol", "ojek"),
			Map.entry("tps", "tempat sampah"), Map.entry("bansos", "bantuan sosial"), Map.entry("odgj", "gangguan jiwa"));

	private IndonesianTerms() {
	}

	/** The text with informal spellings and abbreviations replaced by the standard words. */
	static String normalise(String text) {
		Matcher matcher = WORD.matcher(text);
		StringBuilder normalised = new StringBuilder(text.length() + 16);
		while (matcher.find()) {
			String replacement = INFORMAL.get(matcher.group().toLowerCase(Locale.ROOT));
			matcher.appendReplacement(normalised, Matcher.quoteReplacement(replacement == null ? matcher.group()
					: replacement));
		}
		matcher.appendTail(normalised);
		return normalised.toString();
	}

	/** The stemmed terms of {@code text} in order (with repeats); empty for {@code null} or blank text. */
	public static List<String> of(String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", normalise(text))) {
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
