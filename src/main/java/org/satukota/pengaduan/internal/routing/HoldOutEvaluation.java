package org.satukota.pengaduan.internal.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Measures the OPD suggestion on past routing decisions it was not trained on: a shuffled split that is the same
 * for the same seed, training on the rest, counting the held-out examples whose suggestion was the OPD that really
 * handled them (no suggestion counts as wrong).
 */
public final class HoldOutEvaluation {

	private HoldOutEvaluation() {
	}

	/**
	 * @param examples past routing decisions
	 * @param holdOutShare the share held out for measuring, strictly between 0 and 1
	 * @param seed the shuffle's seed; the same seed gives the same split and result
	 */
	public static RoutingAccuracy evaluate(List<RoutingExample> examples, double holdOutShare, long seed) {
		if (!(holdOutShare > 0 && holdOutShare < 1)) {
			throw new IllegalArgumentException("holdOutShare must be between 0 and 1 (exclusive): " + holdOutShare);
		}
		int total = examples.size();
		if (total < 2) {
			return new RoutingAccuracy(total, 0, 0, 0);
		}
		List<RoutingExample> shuffled = new ArrayList<>(examples);
		Collections.shuffle(shuffled, new Random(seed));
		int heldOut = Math.min(total - 1, Math.max(1, (int) Math.round(total * holdOutShare)));
		List<RoutingExample> test = shuffled.subList(0, heldOut);
		OpdSuggester suggester = new OpdSuggester();
		suggester.train(List.copyOf(shuffled.subList(heldOut, total)));
		int correct = 0;
		for (RoutingExample example : test) {
			boolean right = suggester.suggest(example.text(), example.categoryCode())
				.filter(suggestion -> suggestion.opdId() == example.opdId())
				.isPresent();
			if (right) {
				correct++;
			}
		}
		return new RoutingAccuracy(total, heldOut, correct, (double) correct / heldOut);
	}
}
