package org.satukota.peringatan.internal;

import java.time.Instant;
import java.util.List;

/** A checked warning ready to be published as the {@code info} of a CAP message. */
record WarningDraft(List<String> categories, String event, String urgency, String severity, String certainty,
		String headline, String description, String instruction, Instant effective, Instant onset, Instant expires,
		List<Cap.Area> areas) {

	WarningDraft {
		categories = List.copyOf(categories);
		areas = List.copyOf(areas);
	}
}
