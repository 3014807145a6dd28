package org.satukota.pengaduan.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HoldOutEvaluationTest {

	@Test
	void theSameSeedGivesTheSameSplitAndResult() {
		List<RoutingExample> examples = mixedExamples();

		RoutingAccuracy first = HoldOutEvaluation.evaluate(examples, 0.25, 7);
		RoutingAccuracy second = HoldOutEvaluation.evaluate(examples, 0.25, 7);

		assertThat(second).isEqualTo(first);
	}

	@Test
	void holdsOutTheRequestedShareAndMeasuresOnlyThose() {
		RoutingAccuracy accuracy = HoldOutEvaluation.evaluate(mixedExamples(), 0.25, 1);

		assertThat(accuracy.examples()).isEqualTo(40);
		assertThat(accuracy.heldOut()).isEqualTo(10);
		assertThat(accuracy.accuracy()).isEqualTo((double) accuracy.correct() / accuracy.heldOut());
	}

	@Test
	void clearlySeparableDecisionsAreAllPredictedCorrectly() {
		RoutingAccuracy accuracy = HoldOutEvaluation.evaluate(mixedExamples(), 0.3, 42);

		assertThat(accuracy.correct()).isEqualTo(accuracy.heldOut());
		assertThat(accuracy.accuracy()).isEqualTo(1.0);
	}

	@Test
	void heldOutComplaintsWithoutAnySuggestionCountAsWrong() {
		List<RoutingExample> examples = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// every text is a word no other example has, so nothing held out can be suggested
			examples.add(new RoutingExample("kodeunik" + (char) ('a' + i) + "x", null, i % 2));
		}
		RoutingAccuracy accuracy = HoldOutEvaluation.evaluate(examples, 0.5, 3);

		assertThat(accuracy).isEqualTo(new RoutingAccuracy(20, 10, 0, 0.0));
	}

	@Test
	void rejectsAShareOutsideZeroAndOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> HoldOutEvaluation.evaluate(mixedExamples(), 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> HoldOutEvaluation.evaluate(mixedExamples(), 1, 1));
	}

	@Test
	void tooFewExamplesMeasureNothing() {
		RoutingAccuracy accuracy = HoldOutEvaluation.evaluate(List.of(new RoutingExample("jalan", null, 1)), 0.5, 1);

		assertThat(accuracy).isEqualTo(new RoutingAccuracy(1, 0, 0, 0));
	}

	private static List<RoutingExample> mixedExamples() {
		List<RoutingExample> examples = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			examples.add(new RoutingExample("jalan berlubang nomor " + i, "jalan-rusak", 1));
			examples.add(new RoutingExample("sampah menumpuk nomor " + i, "sampah", 2));
		}
		return examples;
	}
}
