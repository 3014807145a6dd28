package org.satukota.dokumen;

import java.time.Instant;

/**
 * The result of checking a PDF's signature: {@code signed} a signature is present, {@code intact} the
 * cryptographic signature verifies over the signed byte ranges and those cover the whole file but the signature
 * itself, {@code trustedByCityCa} the signer's certificate chains to the platform's trust anchor (the city CA or
 * the configured certificate's chain). {@code problem} explains the first failed check, otherwise {@code null}.
 */
public record SignatureReport(boolean signed, boolean intact, boolean trustedByCityCa, String signerName,
		Instant signedAt, String problem) {

	/** Signed, intact and trusted. */
	public boolean valid() {
		return signed && intact && trustedByCityCa;
	}
}
