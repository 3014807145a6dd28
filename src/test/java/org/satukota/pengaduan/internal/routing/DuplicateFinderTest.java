package org.satukota.pengaduan.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

	private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
	private static final double LAT = -8.6705;
	private static final double LON = 115.2126;
	// about 1.11 m per 0.00001° of latitude
	private static final double METRES_PER_DEGREE_LATITUDE = 111_195;

	private final ComplaintSnapshot candidate = snapshot("jalan-rusak", Set.of("drainase-tersumbat"),
			"Jalan berlubang besar di depan SD Negeri 3, motor sering jatuh", LAT, LON, NOW);

	@Test
	void aNearbyRecentReportWithSimilarWordsInTheSameCategoryIsALikelyDuplicate() {
		ComplaintSnapshot earlier = snapshot("jalan-rusak", Set.of(), "Lubang besar di jalan depan SD 3, bahaya buat motor",
				LAT + 100 / METRES_PER_DEGREE_LATITUDE, LON, NOW.minus(Duration.ofDays(2)));

		List<DuplicateCandidate> found = DuplicateFinder.find(candidate, List.of(earlier), DuplicateRules.DEFAULTS, NOW);

		assertThat(found).singleElement().satisfies(duplicate -> {
			assertThat(duplicate.id()).isEqualTo(earlier.id());
			assertThat(duplicate.distanceMetres()).isCloseTo(100, within(1.0));
			assertThat(duplicate.textSimilarity()).isGreaterThanOrEqualTo(0.3);
			assertThat(duplicate.score()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void reportsFartherAwayThanTheLimitAreNotDuplicates() {
		ComplaintSnapshot far = snapshot("jalan-rusak", Set.of(), candidate.text(),
				LAT + 300 / METRES_PER_DEGREE_LATITUDE, LON, NOW.minus(Duration.ofDays(1)));

		assertThat(DuplicateFinder.find(candidate, List.of(far), DuplicateRules.DEFAULTS, NOW)).isEmpty();
		assertThat(DuplicateFinder.find(candidate, List.of(far), new DuplicateRules(500, 14, 0.3), NOW)).hasSize(1);
	}

	@Test
	void reportsOlderThanTheLimitAreNotDuplicates() {
		ComplaintSnapshot old = snapshot("jalan-rusak", Set.of(), candidate.text(), LAT, LON,
				NOW.minus(Duration.ofDays(15)));
		ComplaintSnapshot recentEnough = snapshot("jalan-rusak", Set.of(), candidate.text(), LAT, LON,
				NOW.minus(Duration.ofDays(13)));

		assertThat(DuplicateFinder.find(candidate, List.of(old, recentEnough), DuplicateRules.DEFAULTS, NOW))
			.extracting(DuplicateCandidate::id).containsExactly(recentEnough.id());
	}

	@Test
	void reportsInAnUnrelatedCategoryAreNotDuplicatesEvenWithTheSameWords() {
		ComplaintSnapshot otherCategory = snapshot("sampah-menumpuk", Set.of(), candidate.text(), LAT, LON,
				NOW.minus(Duration.ofDays(1)));

		assertThat(DuplicateFinder.find(candidate, List.of(otherCategory), DuplicateRules.DEFAULTS, NOW)).isEmpty();
	}

	@Test
	void reportsInARelatedCategoryCountButScoreBelowTheSameCategory() {
		String text = "Jalan berlubang dan got mampet di depan SD Negeri 3";
		ComplaintSnapshot related = snapshot("drainase-tersumbat", Set.of(), text, LAT, LON, NOW.minus(Duration.ofDays(1)));
		ComplaintSnapshot same = snapshot("jalan-rusak", Set.of(), text, LAT, LON, NOW.minus(Duration.ofDays(1)));
		// relations count from either side
		ComplaintSnapshot relatedFromItsSide = snapshot("lampu-jalan-mati", Set.of("jalan-rusak"), text, LAT, LON,
				NOW.minus(Duration.ofDays(1)));

		List<DuplicateCandidate> found = DuplicateFinder.find(candidate, List.of(related, same, relatedFromItsSide),
				DuplicateRules.DEFAULTS, NOW);

		assertThat(found).hasSize(3);
		assertThat(found.get(0).id()).isEqualTo(same.id());
		assertThat(found.get(1).score()).isLessThan(found.get(0).score());
	}

	@Test
	void withoutAPointOnEitherSideOnlyAHigherTextSimilarityQualifies() {
		ComplaintSnapshot somewhatSimilar = snapshot("jalan-rusak", Set.of(), "Jalan berlubang besar dekat pasar pagi, tolong ditambal",
				null, null, NOW.minus(Duration.ofDays(1)));
		ComplaintSnapshot nearlySame = snapshot("jalan-rusak", Set.of(), "jalan berlubang besar depan SD Negeri 3, motor jatuh",
				null, null, NOW.minus(Duration.ofDays(1)));
		double similarity = DuplicateFinder.textSimilarity(candidate.text(), somewhatSimilar.text());
		assertThat(similarity).isBetween(0.3, 0.6);

		List<DuplicateCandidate> found = DuplicateFinder.find(candidate, List.of(somewhatSimilar, nearlySame),
				DuplicateRules.DEFAULTS, NOW);

		assertThat(found).extracting(DuplicateCandidate::id).containsExactly(nearlySame.id());
		assertThat(found.get(0).distanceMetres()).isNull();

		// with points close together the lower threshold applies
		ComplaintSnapshot somewhatSimilarHere = snapshot("jalan-rusak", Set.of(), somewhatSimilar.text(), LAT, LON,
				NOW.minus(Duration.ofDays(1)));
		assertThat(DuplicateFinder.find(candidate, List.of(somewhatSimilarHere), DuplicateRules.DEFAULTS, NOW)).hasSize(1);
	}

	@Test
	void dissimilarTextNearbyIsNotADuplicate() {
		ComplaintSnapshot different = snapshot("jalan-rusak", Set.of(), "Trotoar paving block lepas di taman kota",
				LAT, LON, NOW.minus(Duration.ofDays(1)));

		assertThat(DuplicateFinder.find(candidate, List.of(different), DuplicateRules.DEFAULTS, NOW)).isEmpty();
	}

	@Test
	void closerNewerAndMoreSimilarReportsComeFirstAndTheCandidateItselfIsSkipped() {
		ComplaintSnapshot best = snapshot("jalan-rusak", Set.of(), candidate.text(), LAT, LON, NOW.minus(Duration.ofHours(3)));
		ComplaintSnapshot fartherOlder = snapshot("jalan-rusak", Set.of(), candidate.text(),
				LAT + 200 / METRES_PER_DEGREE_LATITUDE, LON, NOW.minus(Duration.ofDays(10)));
		ComplaintSnapshot lessSimilar = snapshot("jalan-rusak", Set.of(), "jalan berlubang depan sekolah",
				LAT, LON, NOW.minus(Duration.ofHours(3)));

		List<DuplicateCandidate> found = DuplicateFinder.find(candidate,
				List.of(fartherOlder, candidate, lessSimilar, best), DuplicateRules.DEFAULTS, NOW);

		assertThat(found).extracting(DuplicateCandidate::id).containsExactlyInAnyOrder(best.id(), lessSimilar.id(),
				fartherOlder.id());
		assertThat(found.get(0).id()).isEqualTo(best.id());
		assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
		assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
	}

	@Test
	void stemmingMakesInflectedWordsMatch() {
		assertThat(DuplicateFinder.textSimilarity("jalanan berlubang", "jalan lubangnya")).isGreaterThan(0.9);
		assertThat(DuplicateFinder.textSimilarity("jalan berlubang", "sampah menumpuk")).isZero();
		assertThat(DuplicateFinder.textSimilarity("", "sampah menumpuk")).isZero();
	}

	@Test
	void haversineDistanceMatchesKnownValues() {
		assertThat(DuplicateFinder.distanceMetres(0, 0, 1, 0)).isCloseTo(METRES_PER_DEGREE_LATITUDE, within(50.0));
		// Denpasar (Puputan square) to Ngurah Rai airport, about 11.4 km
		assertThat(DuplicateFinder.distanceMetres(-8.6562, 115.2166, -8.7467, 115.1668)).isCloseTo(11_400,
				within(300.0));
		assertThat(DuplicateFinder.distanceMetres(LAT, LON, LAT, LON)).isZero();
	}

	@Test
	void rulesHaveSensibleDefaultsAndRejectNonsense() {
		assertThat(DuplicateRules.defaults()).isEqualTo(new DuplicateRules(250, 14, 0.3));
		assertThat(DuplicateRules.defaults().minTextSimilarityWithoutPoint()).isCloseTo(0.6, within(1e-9));
		assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateRules(0, 14, 0.3));
		assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateRules(250, 0, 0.3));
		assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateRules(250, 14, 1.5));
	}

	private static ComplaintSnapshot snapshot(String category, Set<String> related, String text, Double lat, Double lon,
			Instant submittedAt) {
		return new ComplaintSnapshot(UUID.randomUUID(), category, related, text, lat, lon, submittedAt);
	}
}
