package org.satukota.dataset.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.dataset.DatasetDefined;
import org.satukota.dataset.DatasetPublished;
import org.satukota.dataset.DatasetRedefined;
import org.satukota.dataset.DatasetUnpublished;
import org.satukota.dataset.DatasetUpdated;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a pengelola data does with a dataset: define it, change its definition, fill it (form row, CSV replace or
 * append), remove a row, publish and withdraw it. Every change of rows or publication is a new revision in one
 * transaction: a refused change writes nothing.
 */
@Service
class DatasetEditing {

	enum UploadMode {
		REPLACE, APPEND
	}

	private final DatasetRepository repository;

	private final CurrentUsers currentUsers;

	private final StaffScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DatasetEditing(DatasetRepository repository, CurrentUsers currentUsers, StaffScope scope,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.currentUsers = currentUsers;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Dataset define(DefinitionForm form) {
		DefinitionRules.Checked checked = DefinitionRules.check(form, null, repository::slugTaken);
		List<Problem> problems = new ArrayList<>(checked.problems());
		if (form.getOwnerUnitId() == null || !scope.ownerUnitIds().contains(form.getOwnerUnitId())) {
			problems.add(Problem.of(0, "ownerUnitId", "dataset.def.owner-invalid"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, form.getOwnerUnitId());
		Instant now = clock.instant();
		Dataset draft = new Dataset(0, UUID.randomUUID(), checked.slug(), checked.title(), checked.description(),
				checked.licence(), form.getOwnerUnitId(), checked.frequency(), checked.chart(), false, 0, 0, now, now,
				null, null, null, null, checked.columns());
		long id = repository.insert(draft);
		repository.log(id, 0, now, actor.username(), "DEFINED", 0, null);
		events.publishEvent(new DatasetDefined(id, draft.slug(), draft.ownerUnitId(), actor, now));
		return repository.find(id).orElseThrow();
	}

	@Transactional
	Dataset redefine(long id, DefinitionForm form) {
		Dataset dataset = managed(id, true);
		// Once rows exist (now or in the kept previous revision) the columns they were checked against stay.
		boolean hasRows = dataset.revision() > 0;
		DefinitionRules.Checked checked = DefinitionRules.check(form, hasRows ? dataset.columns() : null, null);
		List<Problem> problems = new ArrayList<>(checked.problems());
		if (form.getOwnerUnitId() == null || !scope.ownerUnitIds().contains(form.getOwnerUnitId())) {
			problems.add(Problem.of(0, "ownerUnitId", "dataset.def.owner-invalid"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		Dataset changed = new Dataset(id, dataset.packageId(), dataset.slug(), checked.title(), checked.description(),
				checked.licence(), form.getOwnerUnitId(), checked.frequency(), checked.chart(), dataset.published(),
				dataset.revision(), dataset.rowCount(), dataset.createdAt(), dataset.updatedAt(),
				dataset.firstPublishedAt(), dataset.staleSince(), dataset.escalatedAt(), null, checked.columns());
		repository.updateDefinition(changed);
		if (!hasRows) {
			repository.replaceColumns(id, checked.columns());
		}
		repository.log(id, dataset.revision(), now, actor.username(), "REDEFINED", dataset.rowCount(), null);
		events.publishEvent(new DatasetRedefined(id, dataset.slug(), changed.ownerUnitId(), actor, now));
		return repository.find(id).orElseThrow();
	}

	/**
	 * Validates the whole file first; on any problem nothing changes and the problems (row by row) are thrown.
	 * @return the dataset at its new revision
	 */
	@Transactional
	Dataset upload(long id, byte[] content, UploadMode mode, String fileName) {
		Dataset dataset = managed(id, true);
		CsvImport.Result result = CsvImport.validate(content, dataset.columns());
		if (!result.ok()) {
			throw new InvalidInput(result.problems(), result.problemCount());
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		int revision = dataset.revision() + 1;
		if (mode == UploadMode.REPLACE) {
			repository.endCurrentRows(id, revision);
		}
		repository.insertRows(id, revision, result.rows());
		String change = mode == UploadMode.REPLACE ? "REPLACED" : "APPENDED";
		repository.bump(id, revision, now, actor.username(), change, fileName + " (" + result.rows().size() + ")");
		Dataset updated = repository.find(id).orElseThrow();
		events.publishEvent(new DatasetUpdated(id, dataset.slug(), revision, change, updated.rowCount(), actor, now));
		return updated;
	}

	/** Adds one row entered in the form; problems are keyed by column name. */
	@Transactional
	Dataset addRow(long id, Map<String, String> values) {
		Dataset dataset = managed(id, true);
		List<Problem> problems = new ArrayList<>();
		Map<String, Object> cells = new LinkedHashMap<>();
		for (ColumnSpec column : dataset.columns()) {
			String raw = values.getOrDefault(column.name(), "");
			CellParser.Result result = CellParser.parse(column, raw);
			if (result.failed()) {
				problems.add(result.detail() == null
						? Problem.of(0, column.name(), "dataset.form.cell." + result.problem(), raw.strip())
						: Problem.of(0, column.name(), "dataset.form.cell." + result.problem(), raw.strip(),
								result.detail()));
			}
			cells.put(column.name(), result.value());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		int revision = dataset.revision() + 1;
		repository.insertRows(id, revision, List.of(cells));
		repository.bump(id, revision, now, actor.username(), "ROW_ADDED", null);
		Dataset updated = repository.find(id).orElseThrow();
		events.publishEvent(new DatasetUpdated(id, dataset.slug(), revision, "ROW_ADDED", updated.rowCount(), actor, now));
		return updated;
	}

	@Transactional
	Dataset removeRow(long id, long rowId) {
		Dataset dataset = managed(id, true);
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		int revision = dataset.revision() + 1;
		if (!repository.endRow(id, rowId, revision)) {
			throw new PolicyViolation("dataset.row-unknown");
		}
		repository.bump(id, revision, now, actor.username(), "ROW_REMOVED", null);
		Dataset updated = repository.find(id).orElseThrow();
		events.publishEvent(new DatasetUpdated(id, dataset.slug(), revision, "ROW_REMOVED", updated.rowCount(), actor,
				now));
		return updated;
	}

	/** Publishes, or for a published dataset confirms that its data is still current (both are a new revision). */
	@Transactional
	Dataset publish(long id) {
		Dataset dataset = managed(id, true);
		if (dataset.rowCount() == 0) {
			throw new PolicyViolation("dataset.publish-empty");
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		int revision = dataset.revision() + 1;
		repository.setPublished(id, true, now);
		repository.bump(id, revision, now, actor.username(), "PUBLISHED", null);
		events.publishEvent(new DatasetPublished(id, dataset.slug(), revision, actor, now));
		return repository.find(id).orElseThrow();
	}

	@Transactional
	Dataset unpublish(long id) {
		Dataset dataset = managed(id, true);
		if (!dataset.published()) {
			return dataset;
		}
		Actor actor = currentUsers.actorFor(Role.PENGELOLA_DATA, dataset.ownerUnitId());
		Instant now = clock.instant();
		int revision = dataset.revision() + 1;
		repository.setPublished(id, false, now);
		repository.bump(id, revision, now, actor.username(), "UNPUBLISHED", null);
		events.publishEvent(new DatasetUnpublished(id, dataset.slug(), revision, actor, now));
		return repository.find(id).orElseThrow();
	}

	/** The dataset if the signed-in pengelola data manages it (locked for a change when asked). */
	Dataset managed(long id, boolean lock) {
		Dataset dataset = (lock ? repository.lock(id) : repository.find(id)).orElseThrow(NotFound::new);
		if (!scope.manages(dataset)) {
			throw new NotFound();
		}
		return dataset;
	}

	/** An unknown dataset, or one the signed-in person may not see: both answer 404. */
	static class NotFound extends RuntimeException {

		NotFound() {
			super("dataset not found");
		}
	}
}
