package org.satukota.notifikasi.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders message templates: Thymeleaf TEXT templates in {@code templates/notifikasi/mail/<key>.txt} (Bahasa
 * Indonesia) and optionally {@code <key>_en.txt} (English). The first line of a rendered template is the subject,
 * then one empty line, then the body. Values are inserted with {@code [(${name})]}.
 */
@Component
class MailTemplates {

	static final String LOCATION = "templates/notifikasi/mail/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	// Templates ship inside the application and never change while it runs; a jar lookup per message is wasted work.
	private final Map<String, Boolean> present = new java.util.concurrent.ConcurrentHashMap<>();

	MailTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(LOCATION);
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		// Every decision renders a message in its request: compile the expressions once they have run a few times.
		engine.setEnableSpringELCompiler(true);
	}

	/** A rendered message. */
	record Rendered(String subject, String body) {
	}

	/** @throws IllegalArgumentException if there is no template with this key */
	Rendered render(String template, Map<String, String> values, Locale locale) {
		String name = templateName(template, locale);
		Context context = new Context(locale);
		values.forEach(context::setVariable);
		String text = engine.process(name, context).replace("\r\n", "\n");
		int end = text.indexOf('\n');
		String subject = end < 0 ? text : text.substring(0, end);
		String body = end < 0 ? "" : text.substring(end + 1).replaceFirst("^\n", "");
		// A value with a line break must not turn into a second header line.
		subject = subject.replaceAll("\\s+", " ").strip();
		if (subject.isEmpty()) {
			throw new IllegalStateException("template " + name + " renders an empty subject");
		}
		return new Rendered(subject, body.stripTrailing() + "\n");
	}

	boolean exists(String template) {
		return onClasspath(template);
	}

	private boolean onClasspath(String name) {
		return present.computeIfAbsent(name, n -> new ClassPathResource(LOCATION + n + ".txt").exists());
	}

	private String templateName(String template, Locale locale) {
		if (!exists(template)) {
			throw new IllegalArgumentException("no notification template " + template);
		}
		String localized = template + "_" + locale.getLanguage();
		if (!locale.getLanguage().equals("id") && onClasspath(localized)) {
			return localized;
		}
		return template;
	}
}
