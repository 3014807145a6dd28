package org.satukota.dokumen.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key with its certificate chain, signer's certificate first. */
record SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

	SigningIdentity {
		chain = List.copyOf(chain);
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("A signing identity needs its certificate");
		}
	}

	X509Certificate certificate() {
		return chain.get(0);
	}
}
