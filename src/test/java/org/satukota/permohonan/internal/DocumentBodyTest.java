package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentBodyTest {

	@Test
	void valuesAreEscapedSoACitizenCannotAddMarkupToAnOfficialDocument() {
		String body = DocumentBody.fill("<p>${keperluan} di ${unit.nama}</p>",
				Map.of("keperluan", "<b>x</b> & \"y\"", "unit.nama", "Kelurahan 20 Ilir D-I"));

		assertThat(body).isEqualTo("<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; di Kelurahan 20 Ilir D-I</p>");
	}

	@Test
	void unknownPlaceholdersBecomeEmptyAndDollarSignsInValuesStayLiteral() {
		assertThat(DocumentBody.fill("<p>${a}|${b}</p>", Map.of("a", "Rp$1"))).isEqualTo("<p>Rp$1|</p>");
	}
}
