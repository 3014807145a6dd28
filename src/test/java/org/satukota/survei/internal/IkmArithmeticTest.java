package org.satukota.survei.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.satukota.survei.IkmCategory;
import org.satukota.survei.internal.IkmArithmetic.Result;
import org.satukota.survei.internal.IkmArithmetic.Tally;

class IkmArithmeticTest {

	/** Nine elements, each with {@code count} answers summing to {@code sum}. */
	private static List<Tally> uniform(long sum, long count) {
		return IntStream.rangeClosed(1, 9).mapToObj(i -> new Tally("u" + i, sum, count)).toList();
	}

	@Test
	void exactOneNinthWeightsGiveTheTrueIndexWhereThePrintedWeightUnderstatesItByACategory() {
		// Ten respondents; the element sums add up to 320, i.e. Σ NRR = 32.
		long[] sums = { 33, 34, 36, 38, 35, 37, 39, 32, 36 };
		List<Tally> tallies = new ArrayList<>();
		for (int i = 0; i < sums.length; i++) {
			tallies.add(new Tally("u" + (i + 1), sums[i], 10));
		}

		Result exact = IkmArithmetic.compute(tallies);

		assertThat(exact.converted()).isEqualByComparingTo("88.89");
		assertThat(exact.category()).isEqualTo(IkmCategory.A);
		assertThat(exact.index()).isEqualByComparingTo("3.556");
		BigDecimal printed = IkmArithmetic.convertedWithPrintedWeight(tallies, new BigDecimal("0.11"));
		assertThat(printed).isEqualByComparingTo("88.00");
		assertThat(IkmCategory.of(printed)).isEqualTo(IkmCategory.B);
	}

	@Test
	void eachElementShowsItsMeanAndItsWeightedShare() {
		List<Tally> tallies = new ArrayList<>(uniform(3, 1).subList(0, 8));
		tallies.add(new Tally("sarana", 7, 2));

		Result result = IkmArithmetic.compute(tallies);

		assertThat(result.elements()).hasSize(9);
		assertThat(result.elements().get(8).nrr()).isEqualByComparingTo("3.500");
		assertThat(result.elements().get(8).weighted()).isEqualByComparingTo("0.389");
		// Σ NRR = 8 × 3 + 3.5 = 27.5; × 25 / 9 = 76.3888… → 76.39, C.
		assertThat(result.converted()).isEqualByComparingTo("76.39");
		assertThat(result.category()).isEqualTo(IkmCategory.C);
	}

	@Test
	void elementsWithDifferentNumbersOfAnswersAreAddedAsExactFractions() {
		List<Tally> tallies = List.of(new Tally("a", 10, 3), new Tally("b", 5, 2), new Tally("c", 22, 7));
		// 10/3 + 5/2 + 22/7 = (140 + 105 + 132) / 42 = 377/42; × 25 / 3 = 9425/126 = 74.8015…
		assertThat(IkmArithmetic.compute(tallies).converted()).isEqualByComparingTo("74.80");
	}

	@Test
	void theCategoryBoundariesLeaveNoGap() {
		assertThat(IkmArithmetic.compute(uniform(3532, 1000)).converted()).isEqualByComparingTo("88.30");
		assertThat(IkmArithmetic.compute(uniform(3532, 1000)).category()).isEqualTo(IkmCategory.B);
		assertThat(IkmArithmetic.compute(uniform(8831, 2500)).converted()).isEqualByComparingTo("88.31");
		assertThat(IkmArithmetic.compute(uniform(8831, 2500)).category()).isEqualTo(IkmCategory.A);

		assertThat(IkmArithmetic.compute(uniform(3064, 1000)).converted()).isEqualByComparingTo("76.60");
		assertThat(IkmArithmetic.compute(uniform(3064, 1000)).category()).isEqualTo(IkmCategory.C);
		assertThat(IkmArithmetic.compute(uniform(7661, 2500)).converted()).isEqualByComparingTo("76.61");
		assertThat(IkmArithmetic.compute(uniform(7661, 2500)).category()).isEqualTo(IkmCategory.B);

		assertThat(IkmArithmetic.compute(uniform(6499, 2500)).converted()).isEqualByComparingTo("64.99");
		assertThat(IkmArithmetic.compute(uniform(6499, 2500)).category()).isEqualTo(IkmCategory.D);
		assertThat(IkmArithmetic.compute(uniform(2600, 1000)).converted()).isEqualByComparingTo("65.00");
		assertThat(IkmArithmetic.compute(uniform(2600, 1000)).category()).isEqualTo(IkmCategory.C);
	}

	@Test
	void theValueIsRoundedOnceAtTheEndAndTheCategoryDecidedOnTheRoundedValue() {
		// Each NRR is 3.5322 exactly: the converted value is 88.305, which rounds to 88.31 and is therefore A
		// (classifying the unrounded 88.305 against 88.31 would wrongly give B).
		Result result = IkmArithmetic.compute(uniform(35322, 10000));
		assertThat(result.converted()).isEqualByComparingTo("88.31");
		assertThat(result.category()).isEqualTo(IkmCategory.A);
	}

	@Test
	void theExtremesAreTwentyFiveAndOneHundred() {
		assertThat(IkmArithmetic.compute(uniform(5, 5)).converted()).isEqualByComparingTo("25.00");
		assertThat(IkmArithmetic.compute(uniform(5, 5)).category()).isEqualTo(IkmCategory.D);
		assertThat(IkmArithmetic.compute(uniform(20, 5)).converted()).isEqualByComparingTo("100.00");
		assertThat(IkmArithmetic.compute(uniform(20, 5)).category()).isEqualTo(IkmCategory.A);
	}

	@Test
	void answersOutsideOneToFourAreRefused() {
		assertThatThrownBy(() -> new Tally("a", 21, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IkmArithmetic.compute(List.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
