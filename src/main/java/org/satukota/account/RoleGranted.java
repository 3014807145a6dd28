package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A staff account was given a role in a unit. */
public record RoleGranted(long accountId, long grantId, Role role, long unitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.role-granted";
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
