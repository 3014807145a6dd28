package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;
import org.satukota.shared.UpdateFrequency;

class PublishingPolicyTest {

	private static ContentDetails details(String title, String body, Instant starts, String place, UUID file) {
		return new ContentDetails(title, null, body, starts, null, place, null, null, UpdateFrequency.AS_NEEDED, null,
				file);
	}

	@Test
	void newsWithoutTextCannotBePublished() {
		assertThatThrownBy(() -> PublishingPolicy.check(ContentKind.BERITA, details("Judul", "  \n ", null, null, null)))
			.isInstanceOf(PolicyViolation.class)
			.hasMessage("informasi.konten-kosong");
		assertThatCode(() -> PublishingPolicy.check(ContentKind.BERITA, details("Judul", "Isi.", null, null, null)))
			.doesNotThrowAnyException();
	}

	@Test
	void aRegulationIsItsFileAndCannotBePublishedWithoutOne() {
		assertThatThrownBy(() -> PublishingPolicy.check(ContentKind.REGULASI, details("Perda", "Isi", null, null, null)))
			.isInstanceOf(PolicyViolation.class)
			.hasMessage("informasi.dokumen-tanpa-berkas");
		assertThatCode(() -> PublishingPolicy.check(ContentKind.REGULASI,
				details("Perda", null, null, null, UUID.randomUUID()))).doesNotThrowAnyException();
	}

	@Test
	void anAgendaItemNeedsItsTimeAndPlace() {
		assertThatThrownBy(() -> PublishingPolicy.check(ContentKind.AGENDA, details("Acara", "Isi", null, "Aula", null)))
			.hasMessage("informasi.agenda-tanpa-waktu");
		assertThatThrownBy(() -> PublishingPolicy.check(ContentKind.AGENDA,
				details("Acara", "Isi", Instant.now(), " ", null))).hasMessage("informasi.agenda-tanpa-waktu");
		assertThatCode(() -> PublishingPolicy.check(ContentKind.AGENDA,
				details("Acara", "Isi", Instant.now(), "Aula", null))).doesNotThrowAnyException();
	}
}
