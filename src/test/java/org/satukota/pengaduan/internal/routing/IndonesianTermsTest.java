package org.satukota.pengaduan.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndonesianTermsTest {

	@Test
	void wordsAreStemmedAndStopWordsDropped() {
		assertThat(IndonesianTerms.of("Kelurahan belum juga ditindaklanjuti, pekerjaan yang dilaporkan"))
			.containsExactly("lurah", "tindaklanjut", "kerja", "lapor");
	}

	@Test
	void chatAbbreviationsAndInformalSpellingsMeanTheSameAsTheFullWords() {
		assertThat(IndonesianTerms.of("jln rusak yg tdk diperbaiki, udh lama bgt"))
			.isEqualTo(IndonesianTerms.of("jalan rusak yang tidak diperbaiki, sudah lama banget"));
		assertThat(IndonesianTerms.of("Got mampet")).isEqualTo(IndonesianTerms.of("selokan tersumbat"));
	}

	@Test
	void blankOrMissingTextHasNoTerms() {
		assertThat(IndonesianTerms.of(null)).isEmpty();
		assertThat(IndonesianTerms.of("  ")).isEmpty();
	}
}
