package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.DocumentIssued;
import org.satukota.dokumen.DocumentNumbers;
import org.satukota.dokumen.DocumentRevoked;
import org.satukota.dokumen.DocumentStatus;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssueRequest;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.dokumen.SignatureReport;
import org.satukota.dokumen.SignatureVerifier;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.satukota.support.PublishedEvents;
import org.satukota.support.QrCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class DocumentsIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Documents documents;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	SignatureVerifier verifier;

	@Autowired
	Units units;

	@Value("${satukota.public-url}")
	String publicUrl;

	MockMvc mvc;

	PublishedEvents published;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		published = PublishedEvents.startRecording(context, "dokumen.");
	}

	@AfterEach
	void tearDown() {
		published.stop();
	}

	@Test
	void anIssuedDocumentIsSignedIntactAndTrustedByTheCityCa() throws Exception {
		IssuedDocument issued = issue("Siti Wahyuni");
		byte[] pdf = documents.pdf(issued.id());

		SignatureReport report = verifier.verify(pdf);
		assertThat(report.signed()).isTrue();
		assertThat(report.intact()).isTrue();
		assertThat(report.trustedByCityCa()).isTrue();
		assertThat(report.signerName()).isEqualTo("Budi Santoso");
		assertThat(report.signedAt()).isNotNull();
		assertThat(report.problem()).isNull();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			CMSSignedData cms;
			try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
				cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
			}
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
			assertThat(signer.getSignedAttributes().get(PadesSigner.signingCertificateV2Oid())).isNotNull();
			assertThat(cms.getCertificates().getMatches(null)).as("signer and city CA certificates").hasSize(2);

			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("PEMERINTAH KOTA PALEMBANG", "KECAMATAN ILIR TIMUR SATU",
					"KELURAHAN DUA-PULUH ILIR SATU", "SURAT KETERANGAN DOMISILI", issued.number(),
					"Palembang, " + IndonesianDates.format(issued.issuedOn()), "Lurah Dua-puluh Ilir Satu",
					"Budi Santoso", "Dokumen ini ditandatangani secara elektronik", issued.verificationCode(),
					"benar berdomisili");
		}
		assertThat(issued.holderNameMasked()).isEqualTo("S*** W******");
		assertThat(issued.status()).isEqualTo(DocumentStatus.VALID);
		assertThat(issued.verificationCode()).hasSize(10);
		assertThat(documents.findByCode(issued.verificationCode().toLowerCase())).contains(issued);
		assertThat(published).containsExactly(new DocumentIssued(issued.id(), issued.issuingUnitId(),
				issued.number(), ((DocumentIssued) published.get(0)).actor(), ((DocumentIssued) published.get(0)).occurredAt()));
	}

	@Test
	void flippingOneSignedByteBreaksTheSignature() throws Exception {
		byte[] pdf = documents.pdf(issue("Rina Marlina").id());
		int[] range;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			range = document.getLastSignatureDictionary().getByteRange();
		}
		// A byte inside a compressed content stream of the first signed range: the file still parses.
		String head = new String(pdf, 0, range[1], java.nio.charset.StandardCharsets.ISO_8859_1);
		int stream = head.indexOf("stream\n", head.indexOf("/FlateDecode"));
		assertThat(stream).isPositive().isLessThan(range[1] - 100);
		byte[] altered = pdf.clone();
		altered[stream + 40] ^= 0x01;

		SignatureReport report = verifier.verify(altered);
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isNotBlank();
		assertThat(verifier.verify(pdf).intact()).isTrue();
	}

	@Test
	void bytesAppendedAfterSigningAreNotCovered() throws Exception {
		byte[] pdf = documents.pdf(issue("Rina Marlina").id());
		byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 12);
		System.arraycopy("\n% tambahan\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, appended,
				pdf.length, 12);

		assertThat(verifier.verify(appended).intact()).isFalse();
	}

	@Test
	void anUnsignedPdfIsReportedUnsigned() {
		byte[] plain = new HtmlPdfRenderer().render("Formulir", "<p>Formulir kosong</p>");
		SignatureReport report = verifier.verify(plain);
		assertThat(report.signed()).isFalse();
		assertThat(report.intact()).isFalse();
		assertThat(verifier.verify("bukan pdf".getBytes()).signed()).isFalse();
	}

	@Test
	void theQrCodeOnThePageOpensTheVerificationPage() throws Exception {
		IssuedDocument issued = issue("Ahmad Fauzi");
		assertThat(QrCodes.onPage(documents.pdf(issued.id())))
			.isEqualTo(publicUrl + "/verifikasi/" + issued.verificationCode());
	}

	@Test
	void theVerificationPageSaysValidThenRevoked() throws Exception {
		IssuedDocument issued = issue("Dewi Lestari");
		String page = mvc.perform(get("/verifikasi/" + issued.verificationCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Dokumen sah", issued.number(), "Surat Keterangan Domisili", "Budi Santoso",
				"Lurah Dua-puluh Ilir Satu", "D*** L******", issued.unitName())
			.doesNotContain("Dewi", "Lestari", "DICABUT");

		documents.revoke(issued.id(), "Diterbitkan karena kekeliruan data", new Actor("admin", "ADMIN", null));

		String revoked = mvc.perform(get("/verifikasi/" + issued.verificationCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(revoked).contains("Dokumen DICABUT", "Diterbitkan karena kekeliruan data")
			.doesNotContain("Dokumen sah");
		IssuedDocument after = documents.find(issued.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(DocumentStatus.REVOKED);
		assertThat(after.revokedAt()).isNotNull();
		assertThat(published).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(DocumentRevoked.class,
				revokedEvent -> assertThat(revokedEvent.reason()).isEqualTo("Diterbitkan karena kekeliruan data")));

		assertThatThrownBy(() -> documents.revoke(issued.id(), "lagi", new Actor("admin", "ADMIN", null)))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("dokumen.already-revoked"));
	}

	@Test
	void revokingNeedsAReason() {
		IssuedDocument issued = issue("Dewi Lestari");
		assertThatThrownBy(() -> documents.revoke(issued.id(), "  ", new Actor("admin", "ADMIN", null)))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("dokumen.reason-required"));
		assertThat(documents.find(issued.id()).orElseThrow().status()).isEqualTo(DocumentStatus.VALID);
	}

	@Test
	void theVerificationApiAnswersWithTheSameFacts() throws Exception {
		IssuedDocument issued = issue("Dewi Lestari");
		mvc.perform(get("/api/verifikasi/" + issued.verificationCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.number").value(issued.number()))
			.andExpect(jsonPath("$.documentType").value("Surat Keterangan Domisili"))
			.andExpect(jsonPath("$.issuingUnit").value(issued.unitName()))
			.andExpect(jsonPath("$.holderNameMasked").value("D*** L******"))
			.andExpect(jsonPath("$.issuedOn").value(issued.issuedOn().toString()));
		mvc.perform(get("/api/verifikasi/ABCDEFGHJK")).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		mvc.perform(get("/verifikasi/ZZZZZZZZZZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dokumen tidak ditemukan")));
		mvc.perform(get("/verifikasi/tidak-ada")).andExpect(status().isNotFound());
	}

	@Test
	void theVerificationFormSendsATypedCodeToItsPage() throws Exception {
		mvc.perform(get("/verifikasi"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kode verifikasi")));
		mvc.perform(get("/verifikasi").param("kode", " abcde-fghjk "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/verifikasi/ABCDEFGHJK"));
		mvc.perform(get("/verifikasi").param("kode", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
	}

	@Test
	void theAdminPagesAreForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/dokumen")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/admin/dokumen").with(user("warga-1").roles("WARGA"))).andExpect(status().isForbidden());
	}

	@Test
	void anAdminFindsADocumentByNumberAndRevokesItWithAReason() throws Exception {
		IssuedDocument issued = issue("Hendra Gunawan");
		var admin = user("admin-dokumen-test").roles("ADMIN");
		mvc.perform(get("/admin/dokumen").param("q", issued.number()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(issued.verificationCode())));
		mvc.perform(get("/admin/dokumen").param("q", issued.verificationCode()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(issued.number())));
		mvc.perform(get("/admin/dokumen/" + issued.id()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tanda tangan utuh")));
		mvc.perform(get("/admin/dokumen/" + issued.id() + "/pdf").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		mvc.perform(post("/admin/dokumen/" + issued.id() + "/cabut").param("reason", " ").with(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Alasan pencabutan wajib diisi")));
		assertThat(documents.find(issued.id()).orElseThrow().status()).isEqualTo(DocumentStatus.VALID);

		mvc.perform(post("/admin/dokumen/" + issued.id() + "/cabut").param("reason", "Salah nama pemohon")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		IssuedDocument revoked = documents.find(issued.id()).orElseThrow();
		assertThat(revoked.status()).isEqualTo(DocumentStatus.REVOKED);
		assertThat(revoked.revocationReason()).isEqualTo("Salah nama pemohon");

		mvc.perform(get("/admin/dokumen/" + UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/dokumen/bukan-id").with(admin)).andExpect(status().isNotFound());
	}

	private IssuedDocument issue(String holderName) {
		UnitView kelurahan = units.findByCode("16.71.05.1009").orElseThrow();
		String number = numbers.next(kelurahan.id(),
				"474/{nomor}/UJI-" + UUID.randomUUID().toString().substring(0, 6) + "/{tahun}", LocalDate.now());
		long signerAccountId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		return documents.issue(new IssueRequest("Surat Keterangan Domisili", kelurahan.id(), number,
				"<p>Yang bertanda tangan di bawah ini menerangkan bahwa " + Letterhead.escape(holderName)
						+ " benar berdomisili di wilayah kami.</p>",
				signerAccountId, "Budi Santoso", "Lurah Dua-puluh Ilir Satu", holderName, "uji-" + UUID.randomUUID(),
				new Actor("lurah-uji", "PEJABAT", kelurahan.id())));
	}
}
