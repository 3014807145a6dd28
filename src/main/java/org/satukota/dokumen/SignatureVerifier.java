package org.satukota.dokumen;

/** Checks the electronic signature of a PDF issued by this platform. */
public interface SignatureVerifier {

	SignatureReport verify(byte[] pdf);
}
