package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlPdfRendererTest {

	final HtmlPdfRenderer renderer = new HtmlPdfRenderer();

	@Test
	void rendersAnA4PdfContainingTheTitleAndBody() throws IOException {
		byte[] pdf = renderer.render("Surat Keterangan Domisili",
				"<h1>Surat Keterangan Domisili</h1><p>Yang bertanda tangan di bawah ini menerangkan &amp; menyatakan.</p>");
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Surat Keterangan Domisili");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("SURAT KETERANGAN DOMISILI", "menerangkan & menyatakan");
		}
	}

	@Test
	void neverFetchesExternalResources() throws IOException {
		byte[] pdf = renderer.render("Uji", "<p>Gambar</p><img src=\"http://127.0.0.1:9/tidak-ada.png\" alt=\"x\"/>");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Gambar");
		}
	}
}
