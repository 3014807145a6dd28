package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A citizen created their own account. Carries no personal data: look the account up by id. */
public record CitizenRegistered(long accountId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.citizen-registered";
	}

	@Override
	public String recordType() {
		return "account";
	}

	@Override
	public String recordId() {
		return String.valueOf(accountId);
	}
}
