package org.satukota.dokumen.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code satukota.signing.*}. {@code keystore-password} protects the keys the platform creates itself (the city CA
 * and the officials' certificates, kept in the database); its default is for demonstrations only — set
 * {@code SATUKOTA_SIGNING_KEYSTORE_PASSWORD} in production. {@code pkcs12.path}, {@code .password} and
 * {@code .alias} configure a real certificate (e.g. from BSrE) instead; every document is then signed with it.
 */
@ConfigurationProperties("satukota.signing")
record SigningProperties(@DefaultValue(DEMO_PASSWORD) String keystorePassword, @DefaultValue Pkcs12 pkcs12) {

	static final String DEMO_PASSWORD = "satukota-demo-only";

	/** A configured PKCS#12 keystore; unused while {@code path} is blank. */
	record Pkcs12(String path, String password, String alias) {

		boolean configured() {
			return path != null && !path.isBlank();
		}
	}
}
