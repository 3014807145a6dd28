package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin enabled a disabled account again. */
public record AccountEnabled(long accountId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.enabled";
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
