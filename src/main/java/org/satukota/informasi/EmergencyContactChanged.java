package org.satukota.informasi;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** An administrator added, changed or retired an emergency contact of a kecamatan. */
public record EmergencyContactChanged(long contactId, long kecamatanId, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "informasi.emergency-contact-changed";
	}

	@Override
	public String recordType() {
		return "informasi-kontak-darurat";
	}

	@Override
	public String recordId() {
		return String.valueOf(contactId);
	}
}
