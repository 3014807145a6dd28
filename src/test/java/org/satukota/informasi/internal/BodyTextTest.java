package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyTextTest {

	@Test
	void paragraphsAreSeparatedByBlankLinesAndLinksBecomeSegments() {
		List<List<BodyText.Segment>> paragraphs = BodyText
			.paragraphs("Lihat [syarat domisili](/layanan/sk-domisili) hari ini.\n\nSumber: https://jdih.example.go.id/perda/3.");
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.get(0)).containsExactly(new BodyText.Segment("Lihat ", null),
				new BodyText.Segment("syarat domisili", "/layanan/sk-domisili"), new BodyText.Segment(" hari ini.", null));
		// The sentence's full stop is not part of the address.
		assertThat(paragraphs.get(1)).contains(new BodyText.Segment("https://jdih.example.go.id/perda/3",
				"https://jdih.example.go.id/perda/3"));
	}

	@Test
	void scriptAndProtocolRelativeLinksStayPlainText() {
		assertThat(BodyText.segments("[klik](javascript:alert(1)) [x](//evil.example)"))
			.allSatisfy(segment -> assertThat(segment.href()).isNull());
		assertThat(BodyText.links("[klik](javascript:alert) dan [y](//evil.example/a)")).isEmpty();
	}

	@Test
	void linksAreCollectedOnceInOrder() {
		assertThat(BodyText.links("[a](/kontak) https://a.example/x [b](/kontak) [c](https://b.example)"))
			.containsExactly("/kontak", "https://a.example/x", "https://b.example");
	}

	@Test
	void plainTextKeepsLinkTextsOnly() {
		assertThat(BodyText.plain("Ajukan [surat domisili](/layanan/sk-domisili).")).isEqualTo("Ajukan surat domisili.");
	}
}
