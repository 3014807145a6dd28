package org.satukota.pengaduan.internal.routing;

import java.util.UUID;

/**
 * An earlier complaint that probably describes the same problem.
 *
 * @param id the earlier complaint's id
 * @param score how likely a duplicate, 0–1 (higher first)
 * @param distanceMetres distance between the two points, {@code null} when either has none
 * @param textSimilarity cosine similarity of the stemmed terms, 0–1
 */
public record DuplicateCandidate(UUID id, double score, Double distanceMetres, double textSimilarity) {
}
