package org.satukota.layanan;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A service type was withdrawn from the catalogue; its versions stay readable for applications filed under them. */
public record ServiceTypeRetired(String code, Actor actor, Instant occurredAt, String reason) implements AuditedEvent {

	@Override
	public String action() {
		return "layanan.service-retired";
	}

	@Override
	public String recordType() {
		return "service-type";
	}

	@Override
	public String recordId() {
		return code;
	}
}
