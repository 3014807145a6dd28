package org.satukota.support;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code printed on a PDF the way a phone camera does: from the rendered page, not from the file's
 * internals. Like a camera taking several frames, it tries a few resolutions and two ways of separating dark from
 * light before giving up, because a detector scanning a whole page of text now and then misses a code that a
 * slightly different rendering finds.
 */
public final class QrCodes {

	private static final int[] DPIS = { 200, 150, 300 };

	private QrCodes() {
	}

	/** The text of the first QR code found on any page; fails the test when there is none. */
	public static String onPage(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int dpi : DPIS) {
				for (int pageIndex = 0; pageIndex < document.getNumberOfPages(); pageIndex++) {
					BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi);
					LuminanceSource source = new BufferedImageLuminanceSource(image);
					for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
						try {
							return new MultiFormatReader().decode(new BinaryBitmap(binarizer),
									Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
											DecodeHintType.TRY_HARDER, Boolean.TRUE))
								.getText();
						}
						catch (NotFoundException notThisWay) {
							// next binarizer, page or resolution
						}
					}
				}
			}
		}
		throw new AssertionError("No QR code found in the document");
	}
}
