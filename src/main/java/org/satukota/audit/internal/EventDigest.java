package org.satukota.audit.internal;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic fingerprint of an event: its type and its full serialised content. The event publication
 * registry redelivers an event after a crash with exactly this content, so the fingerprint identifies a
 * redelivery without any id on the event itself.
 */
final class EventDigest {

	private EventDigest() {
	}

	static String of(AuditedEvent event, JsonMapper json) {
		ChainHash.Encoder encoder = new ChainHash.Encoder().field(event.getClass().getName());
		String content;
		try {
			content = json.writeValueAsString(event);
		}
		catch (RuntimeException ex) {
			// An event the mapper cannot write could not have been stored by the registry either; fall back to the
			// fields every audited event has, which still tell two decisions apart.
			content = null;
		}
		if (content != null) {
			encoder.field("json").field(content);
		}
		else {
			Actor actor = event.actor();
			Instant occurredAt = event.occurredAt();
			encoder.field("fields")
				.field(actor == null ? null : actor.username())
				.field(actor == null ? null : actor.role())
				.field(actor == null || actor.unitId() == null ? null : actor.unitId().toString())
				.field(event.action())
				.field(event.recordType())
				.field(event.recordId())
				.field(occurredAt == null ? null : occurredAt.toString())
				.field(event.reason());
		}
		return ChainHash.sha256Hex(encoder.bytes());
	}
}
