package org.satukota.dokumen;

import org.satukota.shared.Actor;

/**
 * What to issue: {@code documentType} is the human title (e.g. "Surat Keterangan Domisili"), {@code number} an
 * official number (see {@link DocumentNumbers}), {@code bodyXhtml} well-formed XHTML content placed between the
 * title block and the signature block, {@code signerAccountId} the official whose certificate signs,
 * {@code holderReference} an opaque reference of the caller (e.g. the application id), never shown publicly.
 */
public record IssueRequest(String documentType, long issuingUnitId, String number, String bodyXhtml,
		long signerAccountId, String signerName, String signerPosition, String holderName, String holderReference,
		Actor actor) {
}
