package org.satukota.dokumen.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.satukota.dokumen.DocumentStatus;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssuedDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The verification page as JSON, for apps that scan the QR code themselves. Public, like the page. */
@RestController
class VerificationApiController {

	private final Documents documents;

	VerificationApiController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping(path = "/api/verifikasi/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> verify(@PathVariable String code) {
		return documents.findByCode(code).<ResponseEntity<?>>map(document -> ResponseEntity.ok(Verification.of(document)))
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"Dokumen tidak ditemukan.");
				problem.setProperty("code", "dokumen.not-found");
				return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			});
	}

	/** What a verification answers: the document's own data, its status and the masked holder name only. */
	record Verification(String verificationCode, DocumentStatus status, boolean valid, String documentType,
			String number, LocalDate issuedOn, String issuingUnit, String signerName, String signerPosition,
			String holderNameMasked, Instant revokedAt, String revocationReason) {

		static Verification of(IssuedDocument document) {
			return new Verification(document.verificationCode(), document.status(),
					document.status() == DocumentStatus.VALID, document.documentType(), document.number(),
					document.issuedOn(), document.unitName(), document.signerName(), document.signerPosition(),
					document.holderNameMasked(), document.revokedAt(), document.revocationReason());
		}
	}
}
