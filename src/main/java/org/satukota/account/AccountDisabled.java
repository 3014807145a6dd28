package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin disabled an account: it can no longer log in. */
public record AccountDisabled(long accountId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.disabled";
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
