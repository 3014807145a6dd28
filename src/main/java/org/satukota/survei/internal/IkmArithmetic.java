package org.satukota.survei.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.satukota.survei.IkmCategory;

/**
 * The IKM formula of PermenPANRB 14/2017 in exact arithmetic. Each element's NRR is the fraction
 * {@code sum / count} of its answers, each weight is exactly {@code 1/n} (1/9 for the nine elements: the regulation
 * prints 0.11, which understates every result by 1 %), the converted value is {@code 25 × Σ NRR / n}, and the only
 * rounding is the final one to two decimals (half up), on which the category is decided.
 */
final class IkmArithmetic {

	/** The answers to one element: their sum and how many there were. */
	record Tally(String code, long sum, long count) {

		Tally {
			if (count <= 0 || sum < count || sum > 4 * count) {
				throw new IllegalArgumentException("Answers are 1..4: sum " + sum + " of " + count);
			}
		}
	}

	/** One element's result; {@code nrr} and {@code weighted} are rounded for display only (3 decimals). */
	record ElementResult(String code, BigDecimal nrr, BigDecimal weighted) {
	}

	/**
	 * The whole result. {@code index} (1–4) is shown with three decimals; {@code converted} (25–100) is the exact
	 * value rounded once to two decimals and {@code category} is decided on it; {@code convertedUnrounded} (12
	 * decimals) only serves to combine the results of several units, never for display.
	 */
	record Result(List<ElementResult> elements, BigDecimal index, BigDecimal converted, IkmCategory category,
			BigDecimal convertedUnrounded) {
	}

	private static final int DISPLAY_SCALE = 3;

	private IkmArithmetic() {
	}

	static Result compute(List<Tally> tallies) {
		if (tallies.isEmpty()) {
			throw new IllegalArgumentException("No elements answered");
		}
		BigInteger n = BigInteger.valueOf(tallies.size());
		// Σ sum_i / count_i as one exact fraction p / q.
		BigInteger p = BigInteger.ZERO;
		BigInteger q = BigInteger.ONE;
		List<ElementResult> elements = new ArrayList<>();
		for (Tally tally : tallies) {
			BigInteger s = BigInteger.valueOf(tally.sum());
			BigInteger c = BigInteger.valueOf(tally.count());
			p = p.multiply(c).add(s.multiply(q));
			q = q.multiply(c);
			BigInteger g = p.gcd(q);
			p = p.divide(g);
			q = q.divide(g);
			elements.add(new ElementResult(tally.code(), divide(s, c, DISPLAY_SCALE), divide(s, c.multiply(n), DISPLAY_SCALE)));
		}
		BigDecimal index = divide(p, q.multiply(n), DISPLAY_SCALE);
		BigDecimal converted = divide(p.multiply(BigInteger.valueOf(25)), q.multiply(n), 2);
		BigDecimal unrounded = divide(p.multiply(BigInteger.valueOf(25)), q.multiply(n), 12);
		return new Result(List.copyOf(elements), index, converted, IkmCategory.of(converted), unrounded);
	}

	/**
	 * The converted value computed the way the regulation's printed example does, with a rounded weight per
	 * element (e.g. 0.11) — kept only to show, in tests and documentation, why the platform does not use it.
	 */
	static BigDecimal convertedWithPrintedWeight(List<Tally> tallies, BigDecimal weight) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Tally tally : tallies) {
			BigDecimal nrr = new BigDecimal(tally.sum()).divide(new BigDecimal(tally.count()), 20, RoundingMode.HALF_UP);
			sum = sum.add(nrr.multiply(weight));
		}
		return sum.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal divide(BigInteger numerator, BigInteger denominator, int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
	}
}
