package org.satukota.pengaduan.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OpdSuggesterTest {

	private static final long DPUPR = 11;
	private static final long DLH = 12;
	private static final long DINKES = 13;

	private static final List<RoutingExample> EXAMPLES = List.of(
			new RoutingExample("Jalan berlubang besar di depan sekolah", "jalan-rusak", DPUPR),
			new RoutingExample("aspal jalan mengelupas dan berlubang", "jalan-rusak", DPUPR),
			new RoutingExample("lubang di jalan raya makin lebar", "jalan-rusak", DPUPR),
			new RoutingExample("Sampah menumpuk tidak diangkut seminggu", "sampah", DLH),
			new RoutingExample("tumpukan sampah di pinggir jalan bau busuk", "sampah", DLH),
			new RoutingExample("truk sampah tidak datang, sampah menumpuk", "sampah", DLH),
			new RoutingExample("antrean puskesmas lama, dokter terlambat datang", "puskesmas", DINKES),
			new RoutingExample("obat di puskesmas kosong", "puskesmas", DINKES));

	@Test
	void suggestsNothingBeforeItHasBeenTrained() {
		OpdSuggester suggester = new OpdSuggester();

		assertThat(suggester.isTrained()).isFalse();
		assertThat(suggester.suggest("jalan berlubang", "jalan-rusak")).isEmpty();
		assertThat(suggester.rank("jalan berlubang", "jalan-rusak")).isEmpty();
	}

	@Test
	void suggestsTheOpdWhosePastComplaintsShareTheStemmedWords() {
		OpdSuggester suggester = trained();

		// "lubangnya" and "berlubang" both stem to "lubang"; no category given
		assertThat(suggester.suggest("Jalanan banyak lubangnya", null)).hasValueSatisfying(
				suggestion -> assertThat(suggestion.opdId()).isEqualTo(DPUPR));
		assertThat(suggester.suggest("sampahnya menumpuk lagi", null)).hasValueSatisfying(
				suggestion -> assertThat(suggestion.opdId()).isEqualTo(DLH));
		assertThat(suggester.suggest("Puskesmasnya kehabisan obat", null)).hasValueSatisfying(
				suggestion -> assertThat(suggestion.opdId()).isEqualTo(DINKES));
	}

	@Test
	void theCategoryAloneIsEnoughWhenTheTextHasNoKnownWords() {
		OpdSuggester suggester = trained();

		assertThat(suggester.suggest("tolong segera ditangani", "puskesmas")).hasValueSatisfying(
				suggestion -> assertThat(suggestion.opdId()).isEqualTo(DINKES));
	}

	@Test
	void theCategoryShiftsTheSuggestionWhenTheWordsPointElsewhere() {
		OpdSuggester suggester = trained();
		double withoutCategory = suggester.rank("sampah di jalan", null).stream()
			.filter(suggestion -> suggestion.opdId() == DPUPR).findFirst().orElseThrow().confidence();
		double withCategory = suggester.rank("sampah di jalan", "jalan-rusak").stream()
			.filter(suggestion -> suggestion.opdId() == DPUPR).findFirst().orElseThrow().confidence();

		assertThat(withCategory).isGreaterThan(withoutCategory);
	}

	@Test
	void suggestsNothingWhenNeitherWordsNorCategoryAreKnown() {
		OpdSuggester suggester = trained();

		assertThat(suggester.suggest("xyzzy qwerty", "kategori-tak-dikenal")).isEmpty();
		assertThat(suggester.suggest("", null)).isEmpty();
	}

	@Test
	void confidencesAreANormalisedPosteriorOverEveryOpdMostLikelyFirst() {
		List<OpdSuggestion> ranked = trained().rank("jalan berlubang dan sampah", "jalan-rusak");

		assertThat(ranked).extracting(OpdSuggestion::opdId).containsExactlyInAnyOrder(DPUPR, DLH, DINKES);
		assertThat(ranked).allSatisfy(suggestion -> assertThat(suggestion.confidence()).isBetween(0.0, 1.0));
		assertThat(ranked.stream().mapToDouble(OpdSuggestion::confidence).sum()).isCloseTo(1.0, within(1e-9));
		assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
		assertThat(trained().suggest("jalan berlubang dan sampah", "jalan-rusak")).contains(ranked.get(0));
	}

	@Test
	void aLongTextDoesNotUnderflowTheConfidence() {
		String longText = "jalan berlubang ".repeat(2_000);

		assertThat(trained().suggest(longText, null)).hasValueSatisfying(suggestion -> {
			assertThat(suggestion.opdId()).isEqualTo(DPUPR);
			assertThat(suggestion.confidence()).isCloseTo(1.0, within(1e-6));
		});
	}

	@Test
	void trainingAgainReplacesTheModelAndAnEmptyListForgetsIt() {
		OpdSuggester suggester = trained();
		suggester.train(List.of(new RoutingExample("jalan berlubang", "jalan-rusak", 99)));

		assertThat(suggester.trainedExamples()).isEqualTo(1);
		assertThat(suggester.suggest("jalan berlubang", null)).hasValueSatisfying(
				suggestion -> assertThat(suggestion.opdId()).isEqualTo(99));

		suggester.train(List.of());
		assertThat(suggester.isTrained()).isFalse();
		assertThat(suggester.suggest("jalan berlubang", null)).isEmpty();
	}

	@Test
	void suggestionsKeepWorkingWhileAnotherThreadRetrains() throws Exception {
		OpdSuggester suggester = trained();
		List<RoutingExample> otherExamples = new ArrayList<>(EXAMPLES);
		otherExamples.add(new RoutingExample("jalan rusak parah", "jalan-rusak", DPUPR));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			futures.add(pool.submit(() -> {
				for (int i = 0; i < 200; i++) {
					suggester.train(i % 2 == 0 ? EXAMPLES : otherExamples);
				}
			}));
			for (int t = 0; t < 3; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 500; i++) {
						assertThat(suggester.suggest("jalan berlubang", "jalan-rusak"))
							.hasValueSatisfying(suggestion -> assertThat(suggestion.opdId()).isEqualTo(DPUPR));
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static OpdSuggester trained() {
		OpdSuggester suggester = new OpdSuggester();
		suggester.train(EXAMPLES);
		return suggester;
	}
}
