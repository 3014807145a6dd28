package org.satukota.layanan.internal;

import java.util.Locale;

import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable blank application form of a service: applicant data, one empty line per form field (tick boxes for
 * choices) and the requirements as a checklist, for people who apply at the counter or fill it in at home.
 */
@Component
class BlankForm {

	private static final String BOX = "<span style=\"display: inline-block; width: 9pt; height: 9pt; "
			+ "border: 1pt solid #000; margin-right: 4pt;\"></span>";

	private static final String LINE = "<div style=\"border-bottom: 1pt dotted #000; height: 16pt;\"></div>";

	private final MessageSource messages;

	private final CatalogueView view;

	BlankForm(MessageSource messages, CatalogueView view) {
		this.messages = messages;
		this.view = view;
	}

	String title(ServiceVersion service, Locale locale) {
		return msg("layanan.blank.title", locale, service.name());
	}

	String body(ServiceVersion service, Locale locale) {
		StringBuilder x = new StringBuilder();
		x.append("<h1 style=\"font-size: 14pt; text-align: center;\">").append(esc(title(service, locale)))
			.append("</h1>");
		x.append("<p style=\"text-align: center;\">")
			.append(esc(msg("layanan.blank.issuer", locale, view.issuer(service, locale))))
			.append(" &#183; ")
			.append(esc(msg("layanan.blank.version", locale, service.code(), service.version())))
			.append("</p>");
		x.append("<h2 style=\"font-size: 12pt;\">").append(esc(msg("layanan.blank.applicant", locale))).append("</h2>");
		x.append("<table style=\"width: 100%; border-collapse: collapse;\">");
		for (String key : new String[] { "layanan.blank.name", "layanan.blank.nik", "layanan.blank.address",
				"layanan.blank.phone" }) {
			row(x, msg(key, locale), null, LINE);
		}
		x.append("</table>");
		if (!service.form().isEmpty()) {
			x.append("<h2 style=\"font-size: 12pt;\">").append(esc(msg("layanan.blank.fields", locale))).append("</h2>");
			x.append("<table style=\"width: 100%; border-collapse: collapse;\">");
			for (FormField field : service.form()) {
				String label = field.label() + (field.required() ? " *" : "");
				String input;
				if (field.type() == FieldType.CHOICE) {
					StringBuilder choices = new StringBuilder();
					for (String choice : field.choices()) {
						choices.append("<div>").append(BOX).append(esc(choice)).append("</div>");
					}
					input = choices.toString();
				}
				else {
					input = field.type() == FieldType.TEXTAREA ? LINE + LINE + LINE : LINE;
				}
				row(x, label, hint(field, locale), input);
			}
			x.append("</table>");
			x.append("<p style=\"font-size: 9pt;\">").append(esc(msg("layanan.blank.required-mark", locale)))
				.append("</p>");
		}
		x.append("<h2 style=\"font-size: 12pt;\">").append(esc(msg("layanan.blank.requirements", locale)))
			.append("</h2>");
		for (RequirementSpec requirement : service.requirements()) {
			x.append("<div style=\"margin-bottom: 4pt;\">").append(BOX).append(esc(requirement.label()));
			if (!requirement.mandatory()) {
				x.append(" (").append(esc(msg("layanan.requirement.optional", locale))).append(')');
			}
			x.append("</div>");
		}
		x.append("<p style=\"font-size: 9pt;\">")
			.append(esc(msg("layanan.blank.footer", locale, view.time(service, locale), view.fee(service, locale))))
			.append("</p>");
		x.append("<table style=\"width: 100%; margin-top: 24pt;\"><tr><td style=\"width: 50%;\"></td><td>")
			.append(esc(msg("layanan.blank.signature", locale)))
			.append("<div style=\"height: 48pt;\"></div>")
			.append("<div style=\"border-bottom: 1pt solid #000;\"></div></td></tr></table>");
		return x.toString();
	}

	private String hint(FormField field, Locale locale) {
		return switch (field.type()) {
			case DATE -> msg("layanan.blank.hint-date", locale);
			case NIK -> msg("layanan.blank.hint-nik", locale);
			case KELURAHAN -> msg("layanan.blank.hint-kelurahan", locale);
			default -> field.help();
		};
	}

	private static void row(StringBuilder x, String label, String hint, String input) {
		x.append("<tr><td style=\"width: 38%; vertical-align: top; padding: 4pt 6pt 4pt 0;\">").append(esc(label));
		if (hint != null && !hint.isBlank()) {
			x.append("<div style=\"font-size: 8pt; color: #444;\">").append(esc(hint)).append("</div>");
		}
		x.append("</td><td style=\"vertical-align: top; padding: 4pt 0;\">").append(input).append("</td></tr>");
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
