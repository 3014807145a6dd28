package org.satukota.peringatan;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * The city published a CAP message: a new warning ({@code msgType} {@code Alert}), an update of one
 * ({@code Update}) or its cancellation ({@code Cancel}). All three are published documents, so all three carry the
 * action {@code peringatan.published} that the command center wall shows.
 *
 * @param identifier the CAP identifier of the new message
 * @param msgType {@code Alert}, {@code Update} or {@code Cancel}
 * @param originalIdentifier the identifier of the first message of the warning (equal to {@code identifier} for an
 * Alert)
 * @param reason why a warning was cancelled; {@code null} otherwise
 */
public record WarningPublished(String identifier, String msgType, String originalIdentifier, Actor actor,
		Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "peringatan.published";
	}

	@Override
	public String recordType() {
		return "peringatan";
	}

	@Override
	public String recordId() {
		return identifier;
	}
}
