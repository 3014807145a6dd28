package org.satukota.dokumen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued document as the register knows it. {@code holderNameMasked} is the only holder data shown publicly
 * (e.g. "S*** W*****"); {@code revocationReason} and {@code revokedAt} are {@code null} while valid;
 * {@code fileId} is the signed PDF in the {@link org.satukota.berkas.FileStore}.
 */
public record IssuedDocument(UUID id, String verificationCode, String documentType, String number,
		LocalDate issuedOn, long issuingUnitId, String unitName, String signerName, String signerPosition,
		String holderNameMasked, DocumentStatus status, String revocationReason, Instant revokedAt, UUID fileId) {
}
