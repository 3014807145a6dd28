package org.satukota.dokumen.internal;

import java.time.LocalDate;

/**
 * The whole page of an issued document: letterhead, title and number, the caller's body, the place-and-date line
 * with the signer's position and name, and the verification block with the QR code and short code.
 */
final class DocumentLayout {

	private DocumentLayout() {
	}

	static String xhtml(Letterhead letterhead, String title, String number, String bodyXhtml, String place,
			LocalDate issuedOn, String signerPosition, String signerName, String verificationUrl, String code,
			String verificationPage) {
		return letterhead.xhtml() + "<h1>" + Letterhead.escape(title) + "</h1>" + "<div class=\"number\">Nomor: "
				+ Letterhead.escape(number) + "</div>" + "<div class=\"body\">" + (bodyXhtml == null ? "" : bodyXhtml)
				+ "</div>" + "<div class=\"signature\"><div>" + Letterhead.escape(place) + ", "
				+ IndonesianDates.format(issuedOn) + "</div><div>" + Letterhead.escape(signerPosition) + ",</div>"
				+ "<div class=\"space\"></div><div class=\"name\">" + Letterhead.escape(signerName) + "</div></div>"
				+ "<table class=\"verification\"><tr><td><img src=\"" + QrCodes.pngDataUri(verificationUrl)
				+ "\" alt=\"Kode QR verifikasi\"/></td><td>"
				+ "<div>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik, sehingga tidak "
				+ "memerlukan tanda tangan basah dan cap. Keaslian dan status dokumen dapat diperiksa dengan memindai "
				+ "kode QR atau membuka " + Letterhead.escape(verificationPage)
				+ " dan memasukkan kode verifikasi:</div>" + "<div class=\"code\">" + Letterhead.escape(code)
				+ "</div></td></tr></table>";
	}
}
