package org.satukota.dokumen.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.satukota.dokumen.DocumentStatus;
import org.satukota.dokumen.IssuedDocument;

/** An issued document with its dates written out for a page in the reader's language and the city's zone. */
record DocumentView(IssuedDocument document, String issuedOn, String revokedOn) {

	static DocumentView of(IssuedDocument document, ZoneId zone, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale);
		return new DocumentView(document, date.format(document.issuedOn()),
				document.revokedAt() == null ? null : dateTime.format(document.revokedAt().atZone(zone)));
	}

	public boolean revoked() {
		return document.status() == DocumentStatus.REVOKED;
	}
}
