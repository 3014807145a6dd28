package org.satukota.dokumen.internal;

import java.io.IOException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;
import org.satukota.dokumen.SignatureReport;
import org.satukota.dokumen.SignatureVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks the last signature of a PDF: it covers the whole file except its own hex string (nothing was appended or
 * changed around it), the CMS signature verifies over those bytes, and the signer's certificate chains to a trust
 * anchor of this platform at the signing time. Revocation lists are not consulted: revoking a document is
 * recorded in the register, not in the certificate.
 */
@Service
class PdfSignatureVerifier implements SignatureVerifier {

	private final Supplier<List<X509Certificate>> trustAnchors;

	@Autowired
	PdfSignatureVerifier(SigningKeys keys) {
		this(keys::trustAnchors);
	}

	PdfSignatureVerifier(Supplier<List<X509Certificate>> trustAnchors) {
		this.trustAnchors = trustAnchors;
	}

	@Override
	public SignatureReport verify(byte[] pdf) {
		if (pdf == null || pdf.length == 0) {
			return new SignatureReport(false, false, false, null, null, "Berkas kosong.");
		}
		PDSignature signature;
		byte[] contents;
		byte[] signedContent;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return new SignatureReport(false, false, false, null, null, "Dokumen tidak bertanda tangan elektronik.");
			}
			signature = signatures.get(signatures.size() - 1);
			String rangeProblem = byteRangeProblem(signature.getByteRange(), pdf);
			if (rangeProblem != null) {
				return new SignatureReport(true, false, false, signature.getName(), signedAt(signature), rangeProblem);
			}
			contents = signature.getContents(pdf);
			signedContent = signature.getSignedContent(pdf);
		}
		catch (IOException | RuntimeException ex) {
			return new SignatureReport(false, false, false, null, null, "Berkas PDF rusak atau tidak dapat dibaca.");
		}
		return checkCms(signature, contents, signedContent);
	}

	private SignatureReport checkCms(PDSignature signature, byte[] contents, byte[] signedContent) {
		Instant signedAt = signedAt(signature);
		X509Certificate signer;
		List<X509Certificate> embedded = new ArrayList<>();
		try {
			// The hex string is zero-padded to its reserved size; read exactly one DER object from it.
			ASN1Primitive object;
			try (ASN1InputStream in = new ASN1InputStream(contents)) {
				object = in.readObject();
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
					ContentInfo.getInstance(object));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new SignatureReport(true, false, false, signature.getName(), signedAt,
						"Tanda tangan harus memuat tepat satu penanda tangan.");
			}
			SignerInformation signerInfo = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Store<X509CertificateHolder> certificates = cms.getCertificates();
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			for (X509CertificateHolder holder : certificates.getMatches(null)) {
				embedded.add(converter.getCertificate(holder));
			}
			Collection<X509CertificateHolder> matches = certificates.getMatches(signerInfo.getSID());
			if (matches.isEmpty()) {
				return new SignatureReport(true, false, false, signature.getName(), signedAt,
						"Sertifikat penanda tangan tidak disertakan.");
			}
			signer = converter.getCertificate(matches.iterator().next());
			if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
				return new SignatureReport(true, false, false, Certificates.commonName(signer), signedAt,
						"Isi dokumen telah berubah setelah ditandatangani.");
			}
		}
		catch (Exception ex) {
			// A digest mismatch surfaces as an exception from BouncyCastle: the signed bytes were altered.
			return new SignatureReport(true, false, false, signature.getName(), signedAt,
					"Isi dokumen telah berubah setelah ditandatangani atau tanda tangan rusak.");
		}
		String signerName = Certificates.commonName(signer);
		if (!chainsToTrustAnchor(signer, embedded, signedAt)) {
			return new SignatureReport(true, true, false, signerName, signedAt,
					"Sertifikat penanda tangan tidak diterbitkan oleh CA kota.");
		}
		return new SignatureReport(true, true, true, signerName, signedAt, null);
	}

	/**
	 * The signed ranges must be [0, start of the hex string) and (end of the hex string, end of file]: anything
	 * else leaves bytes outside the signature (an appended update, a second body).
	 */
	static String byteRangeProblem(int[] range, byte[] pdf) {
		if (range == null || range.length != 4) {
			return "Rentang tanda tangan tidak lengkap.";
		}
		long gapStart = range[1];
		long gapEnd = range[2];
		if (range[0] != 0 || gapStart <= 0 || gapEnd <= gapStart || range[3] < 0
				|| (long) range[2] + range[3] != pdf.length) {
			return "Tanda tangan tidak mencakup seluruh dokumen (ada bagian yang ditambahkan atau diubah).";
		}
		if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
			return "Rentang tanda tangan tidak sesuai dengan letak tanda tangan.";
		}
		for (int i = (int) gapStart + 1; i < gapEnd - 1; i++) {
			if (Character.digit(pdf[i], 16) < 0) {
				return "Rentang tanda tangan tidak sesuai dengan letak tanda tangan.";
			}
		}
		return null;
	}

	private boolean chainsToTrustAnchor(X509Certificate signer, List<X509Certificate> embedded, Instant signedAt) {
		List<X509Certificate> anchors = trustAnchors.get();
		if (anchors.isEmpty()) {
			return false;
		}
		Date at = Date.from(signedAt != null ? signedAt : Instant.now());
		for (X509Certificate anchor : anchors) {
			if (anchor.equals(signer)) {
				try {
					signer.checkValidity(at);
					return true;
				}
				catch (Exception ex) {
					return false;
				}
			}
		}
		try {
			Set<TrustAnchor> trustAnchors = new HashSet<>();
			anchors.forEach(anchor -> trustAnchors.add(new TrustAnchor(anchor, null)));
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(signer);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
			parameters.setRevocationEnabled(false);
			parameters.setDate(at);
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(embedded)));
			CertPathBuilder.getInstance("PKIX").build(parameters);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static Instant signedAt(PDSignature signature) {
		return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
	}
}
