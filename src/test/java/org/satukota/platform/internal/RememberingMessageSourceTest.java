package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

class RememberingMessageSourceTest {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CountingBundles bundles = new CountingBundles();

	private final RememberingMessageSource messages = new RememberingMessageSource(bundles);

	RememberingMessageSourceTest() {
		bundles.addMessage("aksi.simpan", INDONESIAN, "Simpan");
		bundles.addMessage("aksi.simpan", Locale.ENGLISH, "Save");
		bundles.addMessage("salam", INDONESIAN, "Halo, {0}!");
	}

	@Test
	void aLabelIsLookedUpInTheBundlesOncePerLanguage() {
		for (int i = 0; i < 3; i++) {
			assertThat(messages.getMessage("aksi.simpan", null, INDONESIAN)).isEqualTo("Simpan");
			assertThat(messages.getMessage("aksi.simpan", new Object[0], null, Locale.ENGLISH)).isEqualTo("Save");
		}

		assertThat(bundles.lookups).isEqualTo(2);
	}

	@Test
	void textsWithArgumentsAreFormattedEveryTime() {
		assertThat(messages.getMessage("salam", new Object[] { "Siti" }, INDONESIAN)).isEqualTo("Halo, Siti!");
		assertThat(messages.getMessage("salam", new Object[] { "Budi" }, INDONESIAN)).isEqualTo("Halo, Budi!");
	}

	@Test
	void anUnknownKeyStaysUnknownOrFallsBackToTheDefault() {
		assertThatThrownBy(() -> messages.getMessage("tidak.ada", null, INDONESIAN))
			.isInstanceOf(NoSuchMessageException.class);
		assertThatThrownBy(() -> messages.getMessage("tidak.ada", null, INDONESIAN))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(messages.getMessage("tidak.ada", null, "cadangan", INDONESIAN)).isEqualTo("cadangan");
		assertThat(bundles.lookups).isEqualTo(1);
	}

	@Test
	void aLanguageThePlatformDoesNotSpeakIsNeverRemembered() {
		Locale madeUp = Locale.forLanguageTag("xx-YY");
		messages.getMessage("aksi.simpan", null, "?", madeUp);
		messages.getMessage("aksi.simpan", null, "?", madeUp);
		messages.getMessage("aksi.simpan", null, "?", Locale.forLanguageTag("id-ID"));
		messages.getMessage("aksi.simpan", null, "?", Locale.forLanguageTag("id-ID"));

		assertThat(bundles.lookups).isEqualTo(4);
	}

	/** Bundles that count how often a text without arguments is looked up. */
	private static final class CountingBundles extends StaticMessageSource {

		int lookups;

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			lookups++;
			return super.resolveCodeWithoutArguments(code, locale);
		}
	}
}
