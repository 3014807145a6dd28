/**
 * Official documents: PDF rendering ({@link org.satukota.dokumen.PdfRenderer}), per-unit numbering
 * ({@link org.satukota.dokumen.DocumentNumbers}), issuing with a PAdES electronic signature, a QR code and a
 * public verification page ({@link org.satukota.dokumen.Documents}), and signature checks
 * ({@link org.satukota.dokumen.SignatureVerifier}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumen")
package org.satukota.dokumen;
