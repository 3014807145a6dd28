package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonesTest {

	@Test
	void dialerLinksKeepDigitsAndALeadingPlus() {
		assertThat(Phones.tel("0711-352 120")).isEqualTo("tel:0711352120");
		assertThat(Phones.tel("+62 711 352120")).isEqualTo("tel:+62711352120");
		assertThat(Phones.tel("112")).isEqualTo("tel:112");
		assertThat(Phones.tel(" ")).isNull();
	}

	@Test
	void whatsappLinksUseTheInternationalNumberWithoutPlus() {
		assertThat(Phones.whatsapp("0812-1234-5678")).isEqualTo("https://wa.me/6281212345678");
		assertThat(Phones.whatsapp("+62 812 1234 5678")).isEqualTo("https://wa.me/6281212345678");
		assertThat(Phones.whatsapp("113")).isNull();
		assertThat(Phones.whatsapp(null)).isNull();
	}
}
