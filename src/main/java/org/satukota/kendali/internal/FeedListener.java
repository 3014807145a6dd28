package org.satukota.kendali.internal;

import org.satukota.kendali.CallLogged;
import org.satukota.kendali.UnitStatusChanged;
import org.satukota.kendali.UnitStuck;
import org.satukota.shared.AuditedEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the decisions of every module that the feed contract names into the wall's feed, after the deciding
 * transaction committed. The publication registry redelivers until this completes; a redelivery is a no-op.
 */
@Component
class FeedListener {

	private final FeedStore store;

	private final KendaliRepository repository;

	FeedListener(FeedStore store, KendaliRepository repository) {
		this.store = store;
		this.repository = repository;
	}

	// The condition keeps other decisions out of the publication registry altogether: no row, no retry.
	@ApplicationModuleListener(condition = "T(org.satukota.kendali.internal.FeedContract).accepts(#event.action())")
	void on(AuditedEvent event) {
		if (FeedContract.accepts(event.action())) {
			store.append(event, detail(event));
		}
	}

	/** Our own events get a short detail (number, call sign, status); other modules' events get none. */
	private String detail(AuditedEvent event) {
		if (!event.action().startsWith("kendali.")) {
			return null;
		}
		if (event instanceof UnitStatusChanged changed) {
			return repository.fieldUnit(changed.fieldUnitId()).map(u -> u.callSign()).orElse("?") + "|"
					+ changed.status() + "|" + incidentNumber(changed.incidentId());
		}
		if (event instanceof UnitStuck stuck) {
			return repository.fieldUnit(stuck.fieldUnitId()).map(u -> u.callSign()).orElse("?") + "|" + stuck.status();
		}
		if (event instanceof CallLogged call) {
			return (call.classification() == null ? "ABANDONED" : call.classification()) + "|"
					+ incidentNumber(call.incidentId());
		}
		if ("kendali-kejadian".equals(event.recordType())) {
			return repository.incident(Long.parseLong(event.recordId()))
				.map(i -> i.number() + "|" + i.typeName())
				.orElse(null);
		}
		return null;
	}

	private String incidentNumber(Long incidentId) {
		return incidentId == null ? "" : repository.incident(incidentId).map(i -> i.number()).orElse("");
	}
}
