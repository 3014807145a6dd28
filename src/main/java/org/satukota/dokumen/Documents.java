package org.satukota.dokumen;

import java.util.Optional;
import java.util.UUID;

import org.satukota.shared.Actor;

/**
 * Issues, finds and revokes official documents.
 */
public interface Documents {

	/**
	 * Renders the letterhead, body, signature block, QR code and short verification code into a PDF, signs it
	 * (PAdES) with the signer's certificate, stores it and registers it, in the caller's transaction. Publishes
	 * {@link DocumentIssued}.
	 */
	IssuedDocument issue(IssueRequest request);

	Optional<IssuedDocument> find(UUID id);

	/** By the short verification code printed on the document (case-insensitive, spaces and dashes ignored). */
	Optional<IssuedDocument> findByCode(String verificationCode);

	/**
	 * The signed PDF.
	 * @throws java.util.NoSuchElementException for unknown ids
	 */
	byte[] pdf(UUID documentId);

	/**
	 * Marks the document revoked; its verification page then says so. Publishes {@link DocumentRevoked}.
	 * @throws org.satukota.shared.PolicyViolation {@code dokumen.already-revoked}, {@code dokumen.reason-required}
	 * @throws java.util.NoSuchElementException for unknown ids
	 */
	void revoke(UUID documentId, String reason, Actor actor);
}
