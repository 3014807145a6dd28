package org.satukota.pengaduan.internal.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds earlier complaints that probably describe the same problem as a new one: same or related category, recent,
 * nearby, and with similar wording (cosine similarity of stemmed Indonesian terms). When either complaint has no
 * map point, only a higher text similarity qualifies it.
 */
public final class DuplicateFinder {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	// how much each kind of evidence weighs in the score; wording matters most, as place and time only narrow down
	private static final double TEXT_WEIGHT = 0.6;
	private static final double DISTANCE_WEIGHT = 0.25;
	private static final double RECENCY_WEIGHT = 0.15;
	private static final double RELATED_CATEGORY_FACTOR = 0.9;

	private DuplicateFinder() {
	}

	/**
	 * The likely duplicates of {@code candidate} among {@code recent}, best first; the candidate itself and
	 * complaints submitted after {@code now} are skipped.
	 */
	public static List<DuplicateCandidate> find(ComplaintSnapshot candidate, List<ComplaintSnapshot> recent,
			DuplicateRules rules, Instant now) {
		Objects.requireNonNull(candidate, "candidate");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(now, "now");
		Map<String, Integer> candidateTerms = termFrequencies(candidate.text());
		Duration maxAge = Duration.ofDays(rules.maxAgeDays());
		List<DuplicateCandidate> found = new ArrayList<>();
		for (ComplaintSnapshot other : recent) {
			if (other.id().equals(candidate.id())) {
				continue;
			}
			boolean sameCategory = Objects.equals(other.categoryCode(), candidate.categoryCode());
			if (!sameCategory && !related(candidate, other)) {
				continue;
			}
			Duration age = Duration.between(other.submittedAt(), now);
			if (age.isNegative() || age.compareTo(maxAge) > 0) {
				continue;
			}
			Double distance = candidate.hasPoint() && other.hasPoint() ? distanceMetres(candidate.latitude(),
					candidate.longitude(), other.latitude(), other.longitude()) : null;
			if (distance != null && distance > rules.maxDistanceMetres()) {
				continue;
			}
			double similarity = cosine(candidateTerms, termFrequencies(other.text()));
			double required = distance == null ? rules.minTextSimilarityWithoutPoint() : rules.minTextSimilarity();
			if (similarity < required) {
				continue;
			}
			double proximity = distance == null ? 0 : 1 - distance / rules.maxDistanceMetres();
			double recency = 1 - (double) age.toSeconds() / maxAge.toSeconds();
			double score = TEXT_WEIGHT * similarity + DISTANCE_WEIGHT * proximity + RECENCY_WEIGHT * recency;
			if (!sameCategory) {
				score *= RELATED_CATEGORY_FACTOR;
			}
			found.add(new DuplicateCandidate(other.id(), score, distance, similarity));
		}
		found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
				.thenComparing(DuplicateCandidate::id));
		return List.copyOf(found);
	}

	private static boolean related(ComplaintSnapshot a, ComplaintSnapshot b) {
		return (b.categoryCode() != null && a.relatedCategoryCodes().contains(b.categoryCode()))
				|| (a.categoryCode() != null && b.relatedCategoryCodes().contains(a.categoryCode()));
	}

	/** Great-circle distance in metres (haversine). */
	public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** Cosine similarity of the stemmed term frequencies of two texts, 0–1. */
	public static double textSimilarity(String a, String b) {
		return cosine(termFrequencies(a), termFrequencies(b));
	}

	private static Map<String, Integer> termFrequencies(String text) {
		Map<String, Integer> frequencies = new HashMap<>();
		for (String term : IndonesianTerms.of(text)) {
			frequencies.merge(term, 1, Integer::sum);
		}
		return frequencies;
	}

	private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		double dot = 0;
		for (Map.Entry<String, Integer> entry : a.entrySet()) {
			Integer other = b.get(entry.getKey());
			if (other != null) {
				dot += (double) entry.getValue() * other;
			}
		}
		if (dot == 0) {
			return 0;
		}
		return Math.min(1.0, dot / (norm(a) * norm(b)));
	}

	private static double norm(Map<String, Integer> frequencies) {
		double sum = 0;
		for (int value : frequencies.values()) {
			sum += (double) value * value;
		}
		return Math.sqrt(sum);
	}
}
