package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A role grant was taken away; the grant stays on record with its revocation time. */
public record RoleRevoked(long accountId, long grantId, Role role, long unitId, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.role-revoked";
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
