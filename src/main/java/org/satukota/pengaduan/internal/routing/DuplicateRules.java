package org.satukota.pengaduan.internal.routing;

/**
 * When two complaints are considered likely duplicates.
 *
 * @param maxDistanceMetres how far apart their map points may be
 * @param maxAgeDays how old the earlier complaint may be
 * @param minTextSimilarity the least cosine similarity of their stemmed terms (0–1) when both have a point;
 *        without a point on either side {@link #minTextSimilarityWithoutPoint()} applies
 */
public record DuplicateRules(double maxDistanceMetres, int maxAgeDays, double minTextSimilarity) {

	/** 250 m, 14 days, similarity 0.3. */
	public static final DuplicateRules DEFAULTS = new DuplicateRules(250, 14, 0.3);

	public DuplicateRules {
		if (!(maxDistanceMetres > 0)) {
			throw new IllegalArgumentException("maxDistanceMetres must be positive: " + maxDistanceMetres);
		}
		if (maxAgeDays < 1) {
			throw new IllegalArgumentException("maxAgeDays must be at least 1: " + maxAgeDays);
		}
		if (minTextSimilarity < 0 || minTextSimilarity > 1) {
			throw new IllegalArgumentException("minTextSimilarity must be between 0 and 1: " + minTextSimilarity);
		}
	}

	/** The defaults: 250 m, 14 days, similarity 0.3. */
	public static DuplicateRules defaults() {
		return DEFAULTS;
	}

	/**
	 * The similarity required when either complaint has no map point: twice {@link #minTextSimilarity()}, at
	 * most 1, because the text is then the only evidence that they describe the same place.
	 */
	public double minTextSimilarityWithoutPoint() {
		return Math.min(1.0, minTextSimilarity * 2);
	}
}
