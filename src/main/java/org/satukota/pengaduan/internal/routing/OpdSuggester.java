package org.satukota.pengaduan.internal.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests the OPD for a complaint from its text and category: a multinomial naive Bayes classifier over stemmed
 * Indonesian terms, with the category as a second, categorical feature. Laplace smoothing, computed in
 * log-probabilities; the confidence is the normalised posterior.
 * <p>
 * Thread-safe: {@link #train(List)} builds a new immutable model and swaps it in atomically, so suggestions keep
 * being served from the previous model while training runs. Each application node trains its own instance from the
 * same database, so nothing needs to be shared between nodes.
 */
public final class OpdSuggester {

	private volatile Model model;

	/** Replaces the model by one trained on {@code examples}; an empty list makes the suggester untrained again. */
	public void train(List<RoutingExample> examples) {
		this.model = examples == null || examples.isEmpty() ? null : Model.train(examples);
	}

	/** Whether a model has been trained. */
	public boolean isTrained() {
		return model != null;
	}

	/** How many examples the current model was trained on (0 when untrained). */
	public int trainedExamples() {
		Model current = model;
		return current == null ? 0 : current.examples;
	}

	/**
	 * The most likely OPD, or empty before training or when neither a known term nor a known category gives any
	 * evidence.
	 */
	public Optional<OpdSuggestion> suggest(String text, String categoryCode) {
		List<OpdSuggestion> ranked = rank(text, categoryCode);
		return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
	}

	/**
	 * Every OPD seen in training with its posterior, most likely first; empty before training or without
	 * evidence.
	 */
	public List<OpdSuggestion> rank(String text, String categoryCode) {
		Model current = model;
		return current == null ? List.of() : current.rank(IndonesianTerms.of(text), categoryCode);
	}

	/** An immutable trained model. */
	private static final class Model {

		private final int examples;
		private final long[] opdIds;
		private final double[] logPriors;
		private final Map<String, double[]> logTermLikelihoods;
		private final Map<String, double[]> logCategoryLikelihoods;

		private Model(int examples, long[] opdIds, double[] logPriors, Map<String, double[]> logTermLikelihoods,
				Map<String, double[]> logCategoryLikelihoods) {
			this.examples = examples;
			this.opdIds = opdIds;
			this.logPriors = logPriors;
			this.logTermLikelihoods = logTermLikelihoods;
			this.logCategoryLikelihoods = logCategoryLikelihoods;
		}

		static Model train(List<RoutingExample> examples) {
			Map<Long, Integer> classIndex = new HashMap<>();
			List<Long> ids = new ArrayList<>();
			for (RoutingExample example : examples) {
				classIndex.computeIfAbsent(example.opdId(), id -> {
					ids.add(id);
					return ids.size() - 1;
				});
			}
			int classes = ids.size();
			int[] docs = new int[classes];
			long[] termTotals = new long[classes];
			Map<String, int[]> termCounts = new HashMap<>();
			Map<String, int[]> categoryCounts = new HashMap<>();
			for (RoutingExample example : examples) {
				int c = classIndex.get(example.opdId());
				docs[c]++;
				for (String term : IndonesianTerms.of(example.text())) {
					termCounts.computeIfAbsent(term, t -> new int[classes])[c]++;
					termTotals[c]++;
				}
				if (example.categoryCode() != null && !example.categoryCode().isBlank()) {
					categoryCounts.computeIfAbsent(example.categoryCode(), k -> new int[classes])[c]++;
				}
			}
			double[] logPriors = new double[classes];
			for (int c = 0; c < classes; c++) {
				logPriors[c] = Math.log((double) docs[c] / examples.size());
			}
			int vocabulary = termCounts.size();
			Map<String, double[]> logTerms = new HashMap<>(termCounts.size() * 2);
			termCounts.forEach((term, counts) -> {
				double[] logs = new double[classes];
				for (int c = 0; c < classes; c++) {
					logs[c] = Math.log((counts[c] + 1.0) / (termTotals[c] + vocabulary));
				}
				logTerms.put(term, logs);
			});
			// P(category | OPD) over the categories seen, Laplace-smoothed like the terms
			int categories = categoryCounts.size();
			int[] categorised = new int[classes];
			categoryCounts.values().forEach(counts -> {
				for (int c = 0; c < classes; c++) {
					categorised[c] += counts[c];
				}
			});
			Map<String, double[]> logCategories = new HashMap<>();
			categoryCounts.forEach((category, counts) -> {
				double[] logs = new double[classes];
				for (int c = 0; c < classes; c++) {
					logs[c] = Math.log((counts[c] + 1.0) / (categorised[c] + categories));
				}
				logCategories.put(category, logs);
			});
			long[] opdIds = ids.stream().mapToLong(Long::longValue).toArray();
			return new Model(examples.size(), opdIds, logPriors, Map.copyOf(logTerms), Map.copyOf(logCategories));
		}

		List<OpdSuggestion> rank(List<String> terms, String categoryCode) {
			double[] scores = logPriors.clone();
			boolean evidence = false;
			// unknown terms and categories carry no information about any OPD, so they are skipped
			for (String term : terms) {
				double[] logs = logTermLikelihoods.get(term);
				if (logs != null) {
					evidence = true;
					add(scores, logs);
				}
			}
			double[] categoryLogs = categoryCode == null ? null : logCategoryLikelihoods.get(categoryCode);
			if (categoryLogs != null) {
				evidence = true;
				add(scores, categoryLogs);
			}
			if (!evidence) {
				return List.of();
			}
			double max = Double.NEGATIVE_INFINITY;
			for (double score : scores) {
				max = Math.max(max, score);
			}
			double sum = 0;
			double[] posterior = new double[scores.length];
			for (int c = 0; c < scores.length; c++) {
				posterior[c] = Math.exp(scores[c] - max);
				sum += posterior[c];
			}
			List<OpdSuggestion> ranked = new ArrayList<>(scores.length);
			for (int c = 0; c < scores.length; c++) {
				ranked.add(new OpdSuggestion(opdIds[c], posterior[c] / sum));
			}
			ranked.sort(Comparator.comparingDouble(OpdSuggestion::confidence).reversed()
					.thenComparingLong(OpdSuggestion::opdId));
			return List.copyOf(ranked);
		}

		private static void add(double[] scores, double[] logs) {
			for (int c = 0; c < scores.length; c++) {
				scores[c] += logs[c];
			}
		}
	}
}
