package org.satukota.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class MailTemplatesTest {

	private final MailTemplates templates = new MailTemplates(new StaticMessageSource());

	private static final Locale ID = Locale.forLanguageTag("id");

	@Test
	void theWelcomeMessageIsRenderedInIndonesianWithItsValues() {
		MailTemplates.Rendered rendered = templates.render("akun-terdaftar",
				Map.of("nama", "Siti Aminah", "namaPengguna", "siti", "tautanMasuk", "https://satukota.test/masuk"), ID);

		assertThat(rendered.subject()).isEqualTo("Selamat datang di SatuKota, akun Anda sudah terdaftar");
		assertThat(rendered.body()).startsWith("Halo Siti Aminah,\n")
			.contains("nama pengguna: siti\n")
			.contains("https://satukota.test/masuk")
			.doesNotContain("[(")
			.endsWith("\n");
	}

	@Test
	void anEnglishVariantIsUsedWhenItExists() {
		MailTemplates.Rendered rendered = templates.render("uji-kirim",
				Map.of("pengirim", "admin", "waktu", "01-05-2026 08:00:00 WIB"), Locale.ENGLISH);

		assertThat(rendered.subject()).isEqualTo("SatuKota test message");
		assertThat(rendered.body()).contains("administrator admin at 01-05-2026 08:00:00 WIB");
	}

	@Test
	void aLanguageWithoutTranslationFallsBackToIndonesian() {
		MailTemplates.Rendered rendered = templates.render("uji-kirim", Map.of("pengirim", "admin", "waktu", "kemarin"),
				Locale.JAPANESE);

		assertThat(rendered.subject()).isEqualTo("Pesan uji SatuKota");
	}

	@Test
	void theStaffTemplateMentionsTheUnitOnlyWhenGiven() {
		MailTemplates.Rendered withUnit = templates.render("akun-staf-dibuat", Map.of("nama", "Budi", "namaPengguna",
				"budi.s", "unit", "Kelurahan 20 Ilir D-I", "tautan", "https://satukota.test/aktivasi"), ID);
		MailTemplates.Rendered withoutUnit = templates.render("akun-staf-dibuat",
				Map.of("nama", "Budi", "namaPengguna", "budi.s", "tautan", "https://satukota.test/aktivasi"), ID);

		assertThat(withUnit.subject()).isEqualTo("Akun petugas SatuKota Anda telah dibuat");
		assertThat(withUnit.body()).contains("untuk Anda di Kelurahan 20 Ilir D-I.");
		assertThat(withoutUnit.body()).contains("untuk Anda.").doesNotContain(" di .");
	}

	@Test
	void valuesAreInsertedVerbatimAndNotEvaluated() {
		MailTemplates.Rendered rendered = templates.render("akun-terdaftar",
				Map.of("nama", "${T(java.lang.System).exit(1)} <b>", "namaPengguna", "x", "tautanMasuk", "y"), ID);

		assertThat(rendered.body()).contains("Halo ${T(java.lang.System).exit(1)} <b>,");
	}

	@Test
	void anUnknownTemplateIsRefused() {
		assertThatThrownBy(() -> templates.render("tidak-ada", Map.of(), ID))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
