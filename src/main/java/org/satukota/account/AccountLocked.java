package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An account was locked for a while after repeated failed logins. */
public record AccountLocked(long accountId, Instant lockedUntil, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.locked";
	}

	@Override
	public String recordType() {
		return "account";
	}

	@Override
	public String recordId() {
		return String.valueOf(accountId);
	}

	@Override
	public String reason() {
		return "login-failures";
	}
}
