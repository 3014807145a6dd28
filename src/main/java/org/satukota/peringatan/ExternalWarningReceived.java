package org.satukota.peringatan;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * A CAP alert from an external feed (such as BMKG's) arrived and passed the schema; emitted once per message
 * (sender, identifier, sent). {@code recordId} is {@code luar-<id>}, whose public page is
 * {@code /peringatan/luar-<id>}.
 */
public record ExternalWarningReceived(long externalId, String sender, String identifier, long subscriptionId,
		Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "peringatan.external-received";
	}

	@Override
	public String recordType() {
		return "peringatan";
	}

	@Override
	public String recordId() {
		return "luar-" + externalId;
	}
}
