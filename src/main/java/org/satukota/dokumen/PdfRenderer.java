package org.satukota.dokumen;

/**
 * Renders an XHTML fragment to an A4 PDF in the platform's plain official style (also used for blank forms).
 */
public interface PdfRenderer {

	/**
	 * @param title the document title (PDF metadata and heading)
	 * @param xhtmlBody well-formed XHTML body content (no {@code <html>}/{@code <body>} wrapper); escape user text
	 * @return the PDF bytes
	 */
	byte[] render(String title, String xhtmlBody);
}
