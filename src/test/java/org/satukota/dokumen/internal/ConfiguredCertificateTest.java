package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satukota.dokumen.SignatureReport;

/**
 * A certificate from an outside CA (as BSrE issues them: RSA, a chain up to the CA's root) loaded from a PKCS#12
 * file signs documents that verify against that chain, and not against another CA.
 */
class ConfiguredCertificateTest {

	@TempDir
	Path directory;

	@Test
	void aConfiguredRsaCertificateSignsAndItsChainIsTrusted() throws Exception {
		Instant now = Instant.now();
		SigningIdentity root = selfSignedRsaCa("Root CA Uji", now);
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair officialKeys = rsa.generateKeyPair();
		X509Certificate official = Certificates.official(Certificates.name("Budi Santoso", "BSrE Uji"), officialKeys,
				root, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
		Path keystore = directory.resolve("pejabat.p12");
		Files.write(keystore, Certificates.toPkcs12(
				new SigningIdentity(officialKeys.getPrivate(), List.of(official, root.certificate())),
				"rahasia".toCharArray()));

		SigningIdentity loaded = Certificates.fromPkcs12(Files.readAllBytes(keystore), "rahasia".toCharArray(), "kunci");
		byte[] pdf = new HtmlPdfRenderer().render("Surat Uji", "<p>Isi surat</p>");
		byte[] signed = new PadesSigner().sign(pdf, loaded, now, "Uji", "Palembang");

		SignatureReport trusted = new PdfSignatureVerifier(() -> List.of(root.certificate())).verify(signed);
		assertThat(trusted.intact()).isTrue();
		assertThat(trusted.trustedByCityCa()).isTrue();
		assertThat(trusted.signerName()).isEqualTo("Budi Santoso");

		SigningIdentity stranger = selfSignedRsaCa("CA Lain", now);
		SignatureReport untrusted = new PdfSignatureVerifier(() -> List.of(stranger.certificate())).verify(signed);
		assertThat(untrusted.intact()).isTrue();
		assertThat(untrusted.trustedByCityCa()).isFalse();
		assertThat(untrusted.problem()).isNotBlank();
	}

	private static SigningIdentity selfSignedRsaCa(String name, Instant now) throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair keys = rsa.generateKeyPair();
		X509Certificate certificate = Certificates.selfSignedCa(Certificates.name(name, "Uji"), keys,
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
		return new SigningIdentity(keys.getPrivate(), List.of(certificate));
	}
}
