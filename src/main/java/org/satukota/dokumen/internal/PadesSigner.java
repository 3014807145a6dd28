package org.satukota.dokumen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * PAdES baseline signatures: an incremental update with a {@code ETSI.CAdES.detached} CMS signature over the byte
 * ranges, SHA-256, the signing-certificate-v2 attribute binding the signer's certificate, and the whole chain
 * embedded. The signing time is the PDF's {@code /M} entry; PAdES forbids the CMS signing-time attribute.
 */
@Component
class PadesSigner {

	/** Room for the CMS structure with a chain of a few certificates (RSA 4096 included). */
	private static final int SIGNATURE_SIZE = 24 * 1024;

	byte[] sign(byte[] pdf, SigningIdentity identity, Instant signedAt, String reason, String location) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(Certificates.commonName(identity.certificate()));
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			date.setTimeInMillis(signedAt.toEpochMilli());
			signature.setSignDate(date);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SIGNATURE_SIZE);
				document.addSignature(signature, options);
				ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
				ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
				external.setSignature(cms(external.getContent().readAllBytes(), identity));
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] cms(byte[] signedContent, SigningIdentity identity) {
		try {
			X509Certificate certificate = identity.certificate();
			JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build());
			signerInfo.setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate)));
			SignerInfoGenerator generator = signerInfo.build(
					new JcaContentSignerBuilder(Certificates.signatureAlgorithm(identity.privateKey()))
						.build(identity.privateKey()), certificate);
			CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
			cms.addSignerInfoGenerator(generator);
			cms.addCertificates(new JcaCertStore(identity.chain()));
			CMSSignedData data = cms.generate(new CMSProcessableByteArray(signedContent), false);
			return data.getEncoded("DER");
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException ex) {
			throw new IllegalStateException("Cannot sign: " + ex.getMessage(), ex);
		}
	}

	private static Attribute signingCertificateV2(X509Certificate certificate)
			throws GeneralSecurityException, IOException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuerSerial = new IssuerSerial(
				new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
	}

	/** The default signed attributes plus signing-certificate-v2, minus signing-time. */
	private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

		PadesAttributes(Attribute signingCertificate) {
			super(new AttributeTable(new DERSet(signingCertificate)));
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		protected Hashtable createStandardAttributeTable(Map parameters) {
			Hashtable table = super.createStandardAttributeTable(parameters);
			table.remove(CMSAttributes.signingTime);
			return table;
		}
	}

	static ASN1ObjectIdentifier signingCertificateV2Oid() {
		return PKCSObjectIdentifiers.id_aa_signingCertificateV2;
	}
}
