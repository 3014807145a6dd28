package org.satukota.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.layanan.ServiceTypePublished;
import org.satukota.layanan.ServiceTypeRetired;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's decisions about service types: create, publish a new version, retire, reactivate. Each validates
 * fully before it writes, runs in one transaction and publishes its event with the change. Versions are never
 * changed or deleted.
 */
@Service
class ServicePublishing {

	/** A definition the rules refuse; {@code problems} maps editor paths to message codes. */
	static final class InvalidDefinition extends PolicyViolation {

		private final transient Map<String, String> problems;

		InvalidDefinition(Map<String, String> problems) {
			super("layanan.editor.invalid");
			this.problems = Map.copyOf(problems);
		}

		Map<String, String> problems() {
			return problems;
		}
	}

	private final ServiceRepository repository;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServicePublishing(ServiceRepository repository, Units units, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	boolean opdExists(String code) {
		return units.findByCode(code).filter(unit -> unit.type() == UnitType.OPD).isPresent();
	}

	Map<String, String> problems(ServiceDefinition definition) {
		return DefinitionRules.check(definition, this::opdExists);
	}

	/** Creates a service type with its first version; returns the version id. */
	@Transactional
	long create(String code, ServiceDefinition definition, Actor actor) {
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		DefinitionRules.checkCode(code, problems);
		problems.putAll(problems(definition));
		if (!problems.isEmpty()) {
			throw new InvalidDefinition(problems);
		}
		Instant now = clock.instant();
		long typeId = repository.insertType(code, null, now)
			.orElseThrow(() -> new InvalidDefinition(Map.of("code", "layanan.editor.code-taken")));
		long versionId = repository.insertVersion(typeId, 1, definition, now, actor.username());
		events.publishEvent(new ServiceTypePublished(code, versionId, 1, actor, now));
		return versionId;
	}

	/** Publishes a new version of an existing type (retired types too: the text can be fixed before reactivating). */
	@Transactional
	long publish(String code, ServiceDefinition definition, Actor actor) {
		Map<String, String> problems = problems(definition);
		if (!problems.isEmpty()) {
			throw new InvalidDefinition(problems);
		}
		ServiceRepository.TypeRow type = repository.findTypeForUpdate(code)
			.orElseThrow(() -> new ServiceNotFound(code));
		Instant now = clock.instant();
		int version = type.currentVersion() + 1;
		long versionId = repository.insertVersion(type.id(), version, definition, now, actor.username());
		events.publishEvent(new ServiceTypePublished(code, versionId, version, actor, now));
		return versionId;
	}

	@Transactional
	void retire(String code, String reason, Actor actor) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new PolicyViolation("layanan.retire-reason-required");
		}
		if (why.length() > DefinitionRules.MAX_TEXT) {
			throw new PolicyViolation("layanan.editor.too-long");
		}
		ServiceRepository.TypeRow type = repository.findTypeForUpdate(code)
			.orElseThrow(() -> new ServiceNotFound(code));
		if (!type.active()) {
			throw new PolicyViolation("layanan.already-retired");
		}
		Instant now = clock.instant();
		repository.retire(type.id(), now, actor.username(), why);
		events.publishEvent(new ServiceTypeRetired(code, actor, now, why));
	}

	@Transactional
	void reactivate(String code, Actor actor) {
		ServiceRepository.TypeRow type = repository.findTypeForUpdate(code)
			.orElseThrow(() -> new ServiceNotFound(code));
		if (type.active()) {
			return;
		}
		Instant now = clock.instant();
		repository.reactivate(type.id(), now);
		// Reactivating shows the current version again; recorded as a publication of that version.
		var current = repository.latestVersion(code).orElseThrow();
		events.publishEvent(new ServiceTypePublished(code, current.id(), current.version(), actor, now));
	}
}
