package org.satukota.informasi.internal;

import org.satukota.shared.PolicyViolation;

/**
 * A page with no content is never published: news, announcements and agenda need a text, documents and
 * regulations need their file, an agenda item needs its time and place.
 */
final class PublishingPolicy {

	private PublishingPolicy() {
	}

	static void check(ContentKind kind, ContentDetails details) {
		if (details.title() == null || details.title().isBlank()) {
			throw new PolicyViolation("informasi.konten-kosong");
		}
		if (kind.needsAttachment()) {
			if (details.attachmentFileId() == null) {
				throw new PolicyViolation("informasi.dokumen-tanpa-berkas");
			}
			return;
		}
		if (details.body() == null || details.body().isBlank()) {
			throw new PolicyViolation("informasi.konten-kosong");
		}
		if (kind == ContentKind.AGENDA && (details.startsAt() == null || details.place() == null
				|| details.place().isBlank())) {
			throw new PolicyViolation("informasi.agenda-tanpa-waktu");
		}
	}

	/** Whether published content would be empty (listed by the link checker for its owner). */
	static boolean isEmpty(ContentKind kind, ContentDetails details) {
		try {
			check(kind, details);
			return false;
		}
		catch (PolicyViolation ex) {
			return true;
		}
	}
}
