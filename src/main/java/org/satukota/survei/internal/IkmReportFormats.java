package org.satukota.survei.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.satukota.survei.internal.IkmResults.ElementRow;
import org.satukota.survei.internal.IkmResults.Report;
import org.satukota.survei.internal.IkmResults.ServiceRow;

/**
 * The exported forms of a report: CSV for spreadsheets and the XHTML body of the printable PDF, laid out like the
 * tables units publish (unsur, NRR, NRR tertimbang, IKM, mutu pelayanan, kinerja unit).
 */
final class IkmReportFormats {

	private IkmReportFormats() {
	}

	static String csv(Report report, String period, Function<String, String> messages) {
		StringBuilder out = new StringBuilder();
		line(out, messages.apply("survei.csv.unit"), report.scope().unit().name());
		line(out, messages.apply("survei.csv.cakupan"), messages.apply(report.scope().includeBelow()
				? "survei.hasil.cakupan.opd" : "survei.hasil.cakupan.unit"));
		line(out, messages.apply("survei.csv.layanan"),
				report.scope().serviceKey() == null ? messages.apply("survei.hasil.semua-layanan") : report.scope().serviceKey());
		line(out, messages.apply("survei.csv.periode"), period);
		line(out, messages.apply("survei.hasil.responden"), String.valueOf(report.respondents()));
		line(out);
		line(out, "no", "kode", messages.apply("survei.hasil.unsur"), "nrr", "nrr_tertimbang");
		for (ElementRow row : report.elements()) {
			line(out, String.valueOf(row.number()), row.code(), row.name(), row.nrr().toPlainString(),
					row.weighted().toPlainString());
		}
		line(out);
		line(out, "ikm", report.index() == null ? "" : report.index().toPlainString());
		line(out, "ikm_konversi", report.converted() == null ? "" : report.converted().toPlainString());
		line(out, "mutu_pelayanan", report.category() == null ? "" : report.category().name());
		line(out, "kinerja_unit", report.category() == null ? "" : messages.apply(report.category().labelKey()));
		if (!report.services().isEmpty()) {
			line(out);
			line(out, "layanan", messages.apply("survei.hasil.layanan"), "responden", "ikm_konversi", "mutu_pelayanan");
			for (ServiceRow row : report.services()) {
				line(out, row.key(), row.name(), String.valueOf(row.respondents()), row.converted().toPlainString(),
						row.category().name());
			}
		}
		return out.toString();
	}

	static String xhtml(Report report, String period, String serviceName, Function<String, String> messages) {
		StringBuilder html = new StringBuilder();
		html.append("<h1>").append(esc(messages.apply("survei.laporan.judul"))).append("</h1>");
		html.append("<table class=\"facts\">");
		fact(html, messages.apply("survei.csv.unit"), report.scope().unit().name()
				+ (report.scope().includeBelow() ? " (" + messages.apply("survei.hasil.cakupan.opd") + ")" : ""));
		fact(html, messages.apply("survei.csv.layanan"),
				serviceName == null ? messages.apply("survei.hasil.semua-layanan") : serviceName);
		fact(html, messages.apply("survei.csv.periode"), period);
		fact(html, messages.apply("survei.hasil.responden"), String.valueOf(report.respondents()));
		html.append("</table>");
		if (report.empty() || report.elements().isEmpty()) {
			html.append("<p>").append(esc(messages.apply("survei.hasil.kosong"))).append("</p>");
			return html.toString();
		}
		html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
		for (String key : List.of("survei.hasil.no", "survei.hasil.unsur", "survei.hasil.nrr", "survei.hasil.nrr-tertimbang")) {
			html.append("<th>").append(esc(messages.apply(key))).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (ElementRow row : report.elements()) {
			html.append("<tr><td>U").append(row.number()).append("</td><td>").append(esc(row.name())).append("</td><td>")
				.append(row.nrr().toPlainString()).append("</td><td>").append(row.weighted().toPlainString())
				.append("</td></tr>");
		}
		html.append("<tr><td colspan=\"3\"><b>").append(esc(messages.apply("survei.hasil.ikm-unit")))
			.append("</b></td><td><b>").append(report.index().toPlainString()).append("</b></td></tr>");
		html.append("</tbody></table>");
		html.append("<table class=\"facts\">");
		fact(html, messages.apply("survei.hasil.ikm-konversi"), report.converted().toPlainString());
		fact(html, messages.apply("survei.hasil.mutu"), report.category().name());
		fact(html, messages.apply("survei.hasil.kinerja-unit"), messages.apply(report.category().labelKey()));
		html.append("</table>");
		html.append("<p>").append(esc(messages.apply("survei.hasil.rumus"))).append("</p>");
		if (!report.services().isEmpty()) {
			html.append("<h2>").append(esc(messages.apply("survei.hasil.per-layanan"))).append("</h2>");
			html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr><th>")
				.append(esc(messages.apply("survei.hasil.layanan"))).append("</th><th>")
				.append(esc(messages.apply("survei.hasil.responden"))).append("</th><th>")
				.append(esc(messages.apply("survei.hasil.ikm-konversi"))).append("</th><th>")
				.append(esc(messages.apply("survei.hasil.mutu"))).append("</th></tr></thead><tbody>");
			for (ServiceRow row : report.services()) {
				html.append("<tr><td>").append(esc(row.name())).append("</td><td>").append(row.respondents())
					.append("</td><td>").append(row.converted().toPlainString()).append("</td><td>")
					.append(row.category().name()).append("</td></tr>");
			}
			html.append("</tbody></table>");
		}
		html.append("<h2>").append(esc(messages.apply("survei.hasil.profil"))).append("</h2>");
		for (Map.Entry<String, Map<String, Long>> field : report.profile().entrySet()) {
			html.append("<p><b>").append(esc(messages.apply("survei.profil." + field.getKey()))).append("</b>: ");
			StringBuilder parts = new StringBuilder();
			field.getValue().forEach((code, n) -> {
				if (parts.length() > 0) {
					parts.append("; ");
				}
				parts.append(messages.apply(code.isEmpty() ? "survei.profil.tidak-diisi"
						: "survei.profil." + field.getKey() + "." + code)).append(" ").append(n);
			});
			html.append(esc(parts.toString())).append("</p>");
		}
		return html.toString();
	}

	private static void fact(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
	}

	private static void line(StringBuilder out, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells[i]));
		}
		out.append("\r\n");
	}

	private static String cell(String value) {
		String v = value == null ? "" : value;
		// A leading formula character would run as a formula in a spreadsheet.
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	static String esc(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
