package org.satukota.dokumen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.satukota.dokumen.PdfRenderer;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox. Only embedded {@code data:} resources are loaded: a document body
 * must never make the server fetch a URL.
 */
@Service
class HtmlPdfRenderer implements PdfRenderer {

	static final String STYLE = """
			@page { size: A4; margin: 20mm 20mm 18mm 25mm; }
			body { font-family: serif; font-size: 11.5pt; line-height: 1.4; color: #000; }
			h1 { font-size: 13pt; text-align: center; margin: 0; text-decoration: underline; text-transform: uppercase; }
			.number { text-align: center; margin: 2pt 0 14pt 0; }
			p { margin: 0 0 8pt 0; text-align: justify; }
			table { border-collapse: collapse; }
			td, th { vertical-align: top; padding: 1pt 4pt 1pt 0; text-align: left; }
			table.data { margin: 0 0 8pt 0; }
			table.data td.label { width: 38%; }
			table.grid { width: 100%; }
			table.grid td, table.grid th { border: 0.5pt solid #000; padding: 3pt 5pt; }
			.kop { text-align: center; border-bottom: 3pt double #000; padding-bottom: 4pt; margin-bottom: 14pt; }
			.kop .city { font-size: 13pt; font-weight: bold; }
			.kop .parent { font-size: 13pt; font-weight: bold; }
			.kop .unit { font-size: 15pt; font-weight: bold; }
			.kop .contact { font-size: 9pt; }
			.signature { margin-left: 55%; margin-top: 18pt; page-break-inside: avoid; }
			.signature .space { height: 40pt; }
			.signature .name { font-weight: bold; text-decoration: underline; }
			.verification { margin-top: 24pt; border-top: 0.5pt solid #000; padding-top: 6pt; font-size: 8.5pt;
			  page-break-inside: avoid; }
			.verification td { vertical-align: middle; }
			.verification img { width: 28mm; height: 28mm; }
			.code { font-family: monospace; font-size: 11pt; font-weight: bold; letter-spacing: 1pt; }
			.checkbox { font-family: monospace; }
			""";

	@Override
	public byte[] render(String title, String xhtmlBody) {
		String html = "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>"
				+ HtmlUtils.htmlEscape(title == null ? "" : title) + "</title><style>" + STYLE
				+ "</style></head><body>" + (xhtmlBody == null ? "" : xhtmlBody) + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("SatuKota");
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
