package org.satukota.dokumen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.web.util.HtmlUtils;

/**
 * The kop surat from the directory: the city government, the kecamatan (for a kelurahan/desa), the unit itself,
 * then its address and contacts above a double rule.
 */
record Letterhead(List<String> lines, String contact) {

	static Letterhead of(UnitView unit, Units units) {
		List<String> lines = new ArrayList<>();
		lines.add(upper(units.city().name()));
		if (unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA) {
			Optional.ofNullable(unit.parentId()).flatMap(units::find).ifPresent(parent -> lines.add(upper(parent.name())));
		}
		if (unit.type() != UnitType.KOTA) {
			lines.add(upper(unit.name()));
		}
		List<String> contacts = new ArrayList<>();
		if (unit.address() != null && !unit.address().isBlank()) {
			contacts.add(unit.address().strip());
		}
		if (unit.phone() != null && !unit.phone().isBlank()) {
			contacts.add("Telp. " + unit.phone().strip());
		}
		if (unit.email() != null && !unit.email().isBlank()) {
			contacts.add("Email: " + unit.email().strip());
		}
		return new Letterhead(lines, String.join(" · ", contacts));
	}

	String xhtml() {
		StringBuilder html = new StringBuilder("<div class=\"kop\">");
		for (int i = 0; i < lines.size(); i++) {
			String css = i == 0 ? "city" : i == lines.size() - 1 ? "unit" : "parent";
			html.append("<div class=\"").append(css).append("\">").append(escape(lines.get(i))).append("</div>");
		}
		if (!contact.isEmpty()) {
			html.append("<div class=\"contact\">").append(escape(contact)).append("</div>");
		}
		return html.append("</div>").toString();
	}

	private static String upper(String text) {
		return text.toUpperCase(Locale.forLanguageTag("id"));
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscapeDecimal(text == null ? "" : text);
	}
}
