package org.satukota.peringatan.internal;

import java.time.Instant;
import java.util.List;

/** A published CAP message of the city as stored (the document itself in {@code xml}, never changed). */
record StoredAlert(long id, String identifier, String sender, Instant sent, String sentText, String status,
		String msgType, String scope, String note, String referencesText, String rootIdentifier, int chainPosition,
		List<String> categories, String event, String urgency, String severity, String certainty, String headline,
		String description, String instruction, Instant effective, Instant onset, Instant expires,
		String publishedBy, String publishedRole, String xml, List<Cap.Area> areas) {

	boolean isCancel() {
		return "Cancel".equals(msgType);
	}

	boolean expiredAt(Instant now) {
		return !expires.isAfter(now);
	}

	ReferenceRules.Published asPublished() {
		return new ReferenceRules.Published(identifier, sender, sentText, msgType);
	}

	String areaDescription() {
		return String.join("; ", areas.stream().map(Cap.Area::description).toList());
	}
}
