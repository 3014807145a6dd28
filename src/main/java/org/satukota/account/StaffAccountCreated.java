package org.satukota.account;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An admin (or the platform, for the bootstrap admin and demo data) created a staff account. */
public record StaffAccountCreated(long accountId, String username, Actor actor, Instant occurredAt) implements AuditedEvent {

	@Override
	public String action() {
		return "account.staff-created";
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
