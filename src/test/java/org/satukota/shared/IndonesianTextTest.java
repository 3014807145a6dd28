package org.satukota.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IndonesianTextTest {

	private final Analyzer analyzer = IndonesianText.searchAnalyzer();

	@Test
	void wordsThatDecideWhatACitizenMeansStaySearchableWhileOrdinaryStopWordsGo() {
		assertThat(IndonesianText.distinctTerms(analyzer, "surat keterangan yang tidak mampu", 20))
			.contains("tidak", "mampu")
			.doesNotContain("yang");
	}

	@Test
	void termsAreStemmedDistinctAndLimited() {
		assertThat(IndonesianText.distinctTerms(analyzer, "pernikahan nikah pernikahan", 20)).containsExactly("nikah");
		assertThat(IndonesianText.distinctTerms(analyzer, "jalan rusak lampu mati sampah banjir", 3)).hasSize(3);
		assertThat(IndonesianText.distinctTerms(analyzer, "  ", 20)).isEmpty();
	}
}
