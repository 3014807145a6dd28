package org.satukota.dokumen.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key pairs (EC P-256), certificates and PKCS#12 containers for the platform's own city CA and officials. EC keys
 * are quick to create on first need and are accepted by PDF readers that check signatures.
 */
final class Certificates {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ENTRY = "kunci";

	private Certificates() {
	}

	static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static X500Name name(String commonName, String organisation) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "ID")
			.addRDN(BCStyle.O, organisation)
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	/** A self-signed CA certificate that may sign end-entity certificates only (path length 0). */
	static X509Certificate selfSignedCa(X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter) {
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(notBefore),
					Date.from(notAfter), subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
			return sign(builder, keys.getPrivate());
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A signing certificate for one official, issued by the city CA. */
	static X509Certificate official(X500Name subject, KeyPair keys, SigningIdentity ca, Instant notBefore,
			Instant notAfter) {
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509Certificate caCertificate = ca.certificate();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
					Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						utils.createAuthorityKeyIdentifier(caCertificate));
			return sign(builder, ca.privateKey());
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] toPkcs12(SigningIdentity identity, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ENTRY, identity.privateKey(), password, identity.chain().toArray(new Certificate[0]));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return out.toByteArray();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads a PKCS#12 container; {@code alias} may be blank to take the first key entry. */
	static SigningIdentity fromPkcs12(byte[] pkcs12, char[] password, String alias) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
			String entry = alias;
			if (entry == null || entry.isBlank()) {
				entry = Collections.list(store.aliases()).stream().filter(name -> isKey(store, name)).findFirst()
					.orElseThrow(() -> new IllegalStateException("The keystore holds no private key"));
			}
			if (!(store.getKey(entry, password) instanceof PrivateKey key)) {
				throw new IllegalStateException("No private key under alias " + entry);
			}
			List<X509Certificate> chain = new ArrayList<>();
			for (Certificate certificate : store.getCertificateChain(entry)) {
				chain.add((X509Certificate) certificate);
			}
			return new SigningIdentity(key, chain);
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot read the signing keystore: " + ex.getMessage(), ex);
		}
	}

	/** The CN of a certificate's subject, or the whole subject when it has none. */
	static String commonName(X509Certificate certificate) {
		X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] cn = name.getRDNs(BCStyle.CN);
		if (cn.length == 0) {
			return name.toString();
		}
		// The plain value, not the RFC 4514 form: "Rahmat Hidayat, S.Sos." must not come back with an escaped comma.
		return cn[0].getFirst().getValue() instanceof ASN1String text ? text.getString()
				: IETFUtils.valueToString(cn[0].getFirst().getValue());
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/** SHA-256 with the key's own algorithm: ECDSA for the platform's keys, RSA for most outside CAs. */
	static String signatureAlgorithm(PrivateKey key) {
		return switch (key.getAlgorithm()) {
			case "EC", "ECDSA" -> "SHA256withECDSA";
			case "RSA" -> "SHA256withRSA";
			default -> throw new IllegalStateException("Unsupported key type " + key.getAlgorithm());
		};
	}

	private static BigInteger serial() {
		return new BigInteger(127, RANDOM).add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key)));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}
}
