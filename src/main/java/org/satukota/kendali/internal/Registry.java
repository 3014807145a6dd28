package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.satukota.kendali.CctvRegistered;
import org.satukota.kendali.CctvRetired;
import org.satukota.kendali.FieldUnitRegistered;
import org.satukota.kendali.FieldUnitRetired;
import org.satukota.kendali.IncidentTypeChanged;
import org.satukota.kendali.internal.Records.FieldUnit;
import org.satukota.kendali.internal.Records.IncidentType;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The command center's metadata: agencies' field units, the incident-type tree (versioned) and the CCTV registry. */
@Service
class Registry {

	private final KendaliRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registry(KendaliRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long registerUnit(long agencyId, String callSign, String name, FieldUnitKind kind, Actor actor) {
		if (repository.callSignTaken(callSign)) {
			throw new PolicyViolation("kendali.call-sign-taken", callSign);
		}
		Instant now = clock.instant();
		long id = repository.insertFieldUnit(agencyId, callSign, name, kind, now, actor.username());
		events.publishEvent(new FieldUnitRegistered(id, agencyId, callSign, actor, now));
		return id;
	}

	@Transactional
	void retireUnit(long fieldUnitId, Actor actor) {
		FieldUnit unit = repository.lockFieldUnit(fieldUnitId).filter(FieldUnit::active)
			.orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
		if (UnitStatusHistory.of(repository.unitEvents(unit.id())).status().engaged()) {
			throw new PolicyViolation("kendali.unit-busy", unit.callSign());
		}
		Instant now = clock.instant();
		repository.retireFieldUnit(unit.id(), now, actor.username());
		events.publishEvent(new FieldUnitRetired(unit.id(), unit.agencyId(), actor, now));
	}

	/** Adds a type or a new version of one; {@code active = false} retires it (incidents keep their version). */
	@Transactional
	IncidentType saveType(String code, String parentCode, String name, Integer targetSeconds, List<String> agencies,
			int sortOrder, boolean active, String reason, Actor actor) {
		if (parentCode != null && (parentCode.equals(code) || repository.currentType(parentCode).isEmpty())) {
			throw new PolicyViolation("kendali.type-parent-unknown");
		}
		boolean existing = repository.currentType(code).isPresent();
		if (existing && (reason == null || reason.isBlank())) {
			throw new PolicyViolation("kendali.reason-required");
		}
		Instant now = clock.instant();
		IncidentType saved = repository.addTypeVersion(code, parentCode, name, targetSeconds, agencies, sortOrder, active,
				now, actor.username(), reason == null || reason.isBlank() ? null : reason.strip());
		events.publishEvent(new IncidentTypeChanged(code, saved.version(), actor, now,
				reason == null || reason.isBlank() ? null : reason.strip()));
		return saved;
	}

	@Transactional
	long registerCctv(String name, double lat, double lon, String location, String url, Long agencyId, Actor actor) {
		Instant now = clock.instant();
		long id = repository.insertCctv(name, lat, lon, location, url, agencyId, now, actor.username());
		events.publishEvent(new CctvRegistered(id, actor, now));
		return id;
	}

	@Transactional
	void retireCctv(long id, Actor actor) {
		if (!repository.retireCctv(id)) {
			throw new PolicyViolation("kendali.cctv-unknown");
		}
		events.publishEvent(new CctvRetired(id, actor, clock.instant()));
	}
}
