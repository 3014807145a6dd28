package org.satukota.kinerja.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.satukota.kinerja.internal.Figures.Cell;
import org.satukota.shared.PerformanceFigure;
import org.satukota.survei.IkmCategory;

class FiguresTest {

	static final String ON_TIME = "permohonan.kinerja.selesai-tepat-waktu";

	static final String IKM = IkmCategory.PERFORMANCE_MEASURE;

	@Test
	void countsAndMetCountsOfTheChosenUnitsAreAddedAndOtherUnitsIgnored() {
		List<PerformanceFigure> figures = List.of(new PerformanceFigure(1, ON_TIME, 10, 9L, null, null),
				new PerformanceFigure(2, ON_TIME, 5, 1L, null, null),
				new PerformanceFigure(3, ON_TIME, 100, 0L, null, null));

		Cell cell = Figures.combine(figures, Set.of(1L, 2L)).get(ON_TIME);

		assertThat(cell.total()).isEqualTo(15);
		assertThat(cell.met()).isEqualTo(10);
		assertThat(cell.metPercent()).isEqualByComparingTo("66.7");
		assertThat(cell.category()).isNull();
	}

	@Test
	void theIkmOfSeveralUnitsIsWeightedByRespondentsLikePoolingTheirAnswers() {
		// Unit 1: 2 respondents at 87.5; unit 2: 1 respondent at 91.666…; pooled: 88.888… (see SurveiIntegrationTest).
		List<PerformanceFigure> figures = List.of(new PerformanceFigure(1, IKM, 2, null, 87.5, "score"),
				new PerformanceFigure(2, IKM, 1, null, 91.666666666667, "score"));

		Cell cell = Figures.combine(figures, Set.of(1L, 2L)).get(IKM);

		assertThat(cell.total()).isEqualTo(3);
		assertThat(cell.met()).isNull();
		assertThat(cell.roundedValue()).isEqualByComparingTo("88.89");
		assertThat(cell.category()).isEqualTo(IkmCategory.A);
	}

	@Test
	void measuresAreListedOnceInKeyOrderAndAbsentMeasuresHaveNoCell() {
		List<PerformanceFigure> figures = List.of(new PerformanceFigure(1, IKM, 1, null, 70.0, "score"),
				new PerformanceFigure(1, ON_TIME, 1, 1L, null, null), new PerformanceFigure(2, IKM, 1, null, 80.0, "score"));

		assertThat(Figures.measures(figures)).containsExactly(ON_TIME, IKM);
		Map<String, Cell> onlyUnit2 = Figures.combine(figures, Set.of(2L));
		assertThat(onlyUnit2).containsOnlyKeys(IKM);
		assertThat(onlyUnit2.get(IKM).category()).isEqualTo(IkmCategory.B);
	}
}
