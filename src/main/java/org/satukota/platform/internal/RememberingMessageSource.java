package org.satukota.platform.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The platform's messages, remembering each text without arguments once it has been looked up.
 *
 * <p>Why: a page shows dozens of labels, and each lookup asks the message bundles of all twenty modules in turn
 * until one has the key. The bundles are read once and never change while the platform runs, so a label's text for
 * a language is remembered after its first lookup. Only the languages the platform speaks are remembered, so a
 * made-up language cookie cannot grow the memory. Texts with arguments are formatted by the bundles every time.
 */
final class RememberingMessageSource implements HierarchicalMessageSource {

	private static final Set<String> REMEMBERED_LANGUAGES = Set.of("id", "in", "en");

	private record Key(String code, Locale locale) {
	}

	private final HierarchicalMessageSource bundles;

	private final Map<Key, Optional<String>> remembered = new ConcurrentHashMap<>();

	RememberingMessageSource(HierarchicalMessageSource bundles) {
		this.bundles = bundles;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if (!rememberable(code, args, locale)) {
			return bundles.getMessage(code, args, defaultMessage, locale);
		}
		return lookUp(code, locale).orElse(defaultMessage);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		if (!rememberable(code, args, locale)) {
			return bundles.getMessage(code, args, locale);
		}
		return lookUp(code, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return bundles.getMessage(resolvable, locale);
	}

	@Override
	public void setParentMessageSource(MessageSource parent) {
		bundles.setParentMessageSource(parent);
	}

	@Override
	public MessageSource getParentMessageSource() {
		return bundles.getParentMessageSource();
	}

	private Optional<String> lookUp(String code, Locale locale) {
		return remembered.computeIfAbsent(new Key(code, locale),
				key -> Optional.ofNullable(bundles.getMessage(code, null, null, locale)));
	}

	private static boolean rememberable(String code, Object[] args, Locale locale) {
		return code != null && (args == null || args.length == 0) && locale != null
				&& REMEMBERED_LANGUAGES.contains(locale.getLanguage()) && locale.getCountry().isEmpty()
				&& locale.getVariant().isEmpty() && !locale.hasExtensions() && locale.getScript().isEmpty();
	}
}
