package org.satukota.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitCreated;
import org.satukota.directory.UnitReactivated;
import org.satukota.directory.UnitRetired;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitUpdated;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's decisions about units: add, edit, retire, reactivate. Each is one transaction that validates fully
 * before writing and publishes its event with the change. There is deliberately no delete.
 */
@Service
class UnitAdministration {

	private final CityProfile city;

	private final UnitRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitAdministration(CityProfile city, UnitRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.city = city;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long create(UnitType type, long parentId, String code, Unit.UnitDetails details, Actor actor) {
		Unit.UnitDetails cleaned = requireValid(details);
		if (type == null) {
			throw new PolicyViolation("directory.form.type-required");
		}
		UnitType parentType = UnitRules.requiredParent(type);
		Unit parent = repository.findForUpdate(city.code(), parentId)
			.orElseThrow(() -> new PolicyViolation("directory.form.parent-required"));
		if (parent.type() != parentType) {
			throw new PolicyViolation("directory.parent-type-mismatch");
		}
		if (!parent.active()) {
			throw new PolicyViolation("directory.parent-retired", parent.name());
		}
		String normalised = UnitRules.normaliseCode(type, code, parent);
		if (repository.codeTaken(city.code(), normalised)) {
			throw new PolicyViolation("directory.duplicate-code", normalised);
		}
		Instant now = clock.instant();
		long id;
		try {
			id = repository.insert(Unit.create(city.code(), parent, type, normalised, cleaned, now));
		}
		catch (DuplicateKeyException ex) {
			// Another admin took the code between our check and our insert.
			throw new PolicyViolation("directory.duplicate-code", normalised);
		}
		events.publishEvent(new UnitCreated(id, parent.id(), type, normalised, actor, now));
		return id;
	}

	@Transactional
	void update(long unitId, Unit.UnitDetails details, Actor actor) {
		Unit.UnitDetails cleaned = requireValid(details);
		Unit unit = load(unitId);
		Instant now = clock.instant();
		unit.changeDetails(cleaned, now);
		repository.update(unit);
		events.publishEvent(new UnitUpdated(unitId, actor, now));
	}

	@Transactional
	void retire(long unitId, String reason, Actor actor) {
		String why = UnitRules.blankToNull(reason);
		if (why == null) {
			throw new PolicyViolation("directory.form.reason-required");
		}
		if (why.length() > UnitRules.MAX_TEXT) {
			throw new PolicyViolation("directory.form.text-too-long");
		}
		Unit unit = load(unitId);
		if (unit.active() && repository.hasActiveChildren(unitId)) {
			throw new PolicyViolation("directory.unit-has-active-children", unit.name());
		}
		Instant now = clock.instant();
		unit.retire(why, now);
		repository.update(unit);
		events.publishEvent(new UnitRetired(unitId, actor, now, why));
	}

	@Transactional
	void reactivate(long unitId, Actor actor) {
		Unit unit = load(unitId);
		if (!unit.active() && unit.parentId() != null) {
			Unit parent = repository.find(city.code(), unit.parentId()).orElseThrow();
			if (!parent.active()) {
				throw new PolicyViolation("directory.parent-retired", parent.name());
			}
		}
		Instant now = clock.instant();
		unit.reactivate(now);
		repository.update(unit);
		events.publishEvent(new UnitReactivated(unitId, actor, now));
	}

	private Unit load(long unitId) {
		return repository.findForUpdate(city.code(), unitId).orElseThrow(() -> new UnitNotFound(String.valueOf(unitId)));
	}

	private static Unit.UnitDetails requireValid(Unit.UnitDetails details) {
		Unit.UnitDetails cleaned = UnitRules.clean(details);
		Map<String, String> errors = UnitRules.checkDetails(cleaned);
		if (!errors.isEmpty()) {
			throw new PolicyViolation(errors.values().iterator().next());
		}
		return cleaned;
	}
}
