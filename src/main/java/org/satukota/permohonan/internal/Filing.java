package org.satukota.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.satukota.account.CurrentUser;
import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.layanan.FormField;
import org.satukota.layanan.FormValidation;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.permohonan.ApplicationResubmitted;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.permohonan.ApplicationSubmitted;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What citizens do with their applications: fill and save a draft, upload requirements, submit (idempotently) and
 * resubmit after a correction. Every call is one transaction: a refused upload or an invalid field rolls back
 * everything, and the outcome says what to show next to which field.
 */
@Service
class Filing {

	/** A message code with its arguments, shown next to one field or requirement. */
	record Problem(String code, List<Object> args) {

		static Problem of(String code, Object... args) {
			return new Problem(code, List.of(args));
		}

		public Object[] argArray() {
			return args.toArray();
		}
	}

	/**
	 * What happened: the application (null when nothing was created), whether it is now filed (submitted or
	 * resubmitted), whether this was a repeat of an earlier request with the same key, and the problems per field
	 * or requirement key (empty on success).
	 */
	record Outcome(UUID applicationId, boolean filed, boolean repeat, Map<String, Problem> problems) {

		boolean succeeded() {
			return problems.isEmpty();
		}
	}

	/** Why a request cannot be carried out at all: unknown service or application → 404. */
	static final class NotFound extends NoSuchElementException {

		NotFound() {
			super("not found");
		}
	}

	private static final String REQUIRED = "layanan.field-required";

	private final ApplicationRepository repository;

	private final ServiceCatalog catalog;

	private final ObjectProvider<FormValidation> validation;

	private final FileStore files;

	private final IssuingUnits issuingUnits;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Filing(ApplicationRepository repository, ServiceCatalog catalog, ObjectProvider<FormValidation> validation, FileStore files,
			IssuingUnits issuingUnits, WorkingCalendar calendar, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.catalog = catalog;
		this.validation = validation;
		this.files = files;
		this.issuingUnits = issuingUnits;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Saves (and with {@code submit}, files) the application identified by the citizen's idempotency key: the first
	 * request creates it, repeats find it. A repeat of a request that already filed the application changes nothing
	 * and reports the same application.
	 */
	Outcome save(CurrentUser citizen, String serviceCode, UUID idempotencyKey, Map<String, String> values,
			Map<String, Upload> uploads, boolean submit) {
		requireCitizen(citizen);
		ServiceVersion current = catalog.current(serviceCode).orElseThrow(NotFound::new);
		return transactions.execute(tx -> {
			Instant now = clock.instant();
			UUID newId = UUID.randomUUID();
			Application app = repository.insertDraftOrLockExisting(
					Application.draft(newId, citizen.accountId(), idempotencyKey, current, now));
			boolean existed = !app.id().equals(newId);
			if (!app.serviceCode().equals(serviceCode)) {
				throw new NotFound();
			}
			// An application keeps the version it was started under, also when a newer one was published since.
			ServiceVersion service = app.serviceVersionId() == current.id() ? current
					: catalog.version(app.serviceVersionId()).orElseThrow();
			if (app.status() != ApplicationStatus.DRAFT) {
				return new Outcome(app.id(), true, true, Map.of());
			}
			Map<String, Problem> problems = apply(app, service, values, uploads, submit, now, existed);
			if (!problems.isEmpty()) {
				tx.setRollbackOnly();
				return new Outcome(null, false, false, problems);
			}
			Actor actor = Actor.citizen(citizen.username());
			// One snapshot per transaction: the live calendar checks for admin changes on every call.
			WorkingCalendar cal = calendar.snapshot();
			if (submit) {
				String number = RegistrationNumbers.format(cal.dateOf(now).getYear(),
						repository.nextRegistrationSequence());
				app.submit(service, number, uniqueTrackingCode(), now, actor);
				events.publishEvent(new ApplicationSubmitted(app.id(), number, app.unitId(), service.code(), actor, now));
			}
			repository.save(app, app.deadline(cal).orElse(null), app.stepDeadline(service, cal).orElse(null));
			return new Outcome(app.id(), submit, existed, Map.of());
		});
	}

	/** Files a draft saved earlier (the API's submit of an existing draft). */
	Outcome submitDraft(CurrentUser citizen, UUID applicationId) {
		requireCitizen(citizen);
		return transactions.execute(tx -> {
			Application app = ownLocked(citizen, applicationId);
			if (app.status() != ApplicationStatus.DRAFT) {
				return new Outcome(app.id(), true, true, Map.of());
			}
			ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
			Instant now = clock.instant();
			Map<String, Problem> problems = apply(app, service, app.values(), Map.of(), true, now, true);
			if (!problems.isEmpty()) {
				tx.setRollbackOnly();
				return new Outcome(app.id(), false, false, problems);
			}
			Actor actor = Actor.citizen(citizen.username());
			String number = RegistrationNumbers.format(calendar.dateOf(now).getYear(),
					repository.nextRegistrationSequence());
			app.submit(service, number, uniqueTrackingCode(), now, actor);
			events.publishEvent(new ApplicationSubmitted(app.id(), number, app.unitId(), service.code(), actor, now));
			repository.save(app, app.deadline(calendar).orElse(null), app.stepDeadline(service, calendar).orElse(null));
			return new Outcome(app.id(), true, false, Map.of());
		});
	}

	/**
	 * The citizen's correction of a returned application: new values and files, then back to the step that returned
	 * it. Every requirement the officer asked about must come with a new file.
	 */
	Outcome resubmit(CurrentUser citizen, UUID applicationId, Map<String, String> values,
			Map<String, Upload> uploads) {
		requireCitizen(citizen);
		return transactions.execute(tx -> {
			Application app = ownLocked(citizen, applicationId);
			if (app.status() != ApplicationStatus.DIKEMBALIKAN) {
				// A repeat of a resubmission that already went through: nothing to do.
				return new Outcome(app.id(), true, true, Map.of());
			}
			ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
			Instant now = clock.instant();
			Map<String, Problem> problems = apply(app, service, values == null ? app.values() : values, uploads, true,
					now, true);
			// Every requirement the officer asked about needs a file uploaded since the return (in this request or,
			// from the API, by an upload call before it).
			Instant returnedAt = app.clock().pausedAt();
			Set<String> fresh = new java.util.HashSet<>();
			repository.files(app.id())
				.stream()
				.filter(file -> !file.uploadedAt().isBefore(returnedAt))
				.forEach(file -> fresh.add(file.requirementKey()));
			for (String key : app.corrections().keySet()) {
				if (service.requirement(key).isPresent() && !fresh.contains(key) && !problems.containsKey(key)) {
					problems.put(key, Problem.of("permohonan.correction-file-missing"));
				}
			}
			if (!problems.isEmpty()) {
				tx.setRollbackOnly();
				return new Outcome(app.id(), false, false, problems);
			}
			Actor actor = Actor.citizen(citizen.username());
			app.resubmit(service, now, actor, calendar);
			events.publishEvent(new ApplicationResubmitted(app.id(), app.unitId(), actor, now));
			repository.save(app, app.deadline(calendar).orElse(null), app.stepDeadline(service, calendar).orElse(null));
			return new Outcome(app.id(), true, false, Map.of());
		});
	}

	/** Adds or replaces one requirement file of a draft or of a returned application (the API's upload). */
	Outcome upload(CurrentUser citizen, UUID applicationId, String requirementKey, Upload upload) {
		requireCitizen(citizen);
		return transactions.execute(tx -> {
			Application app = ownLocked(citizen, applicationId);
			ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
			RequirementSpec spec = service.requirement(requirementKey).orElseThrow(NotFound::new);
			if (app.status() != ApplicationStatus.DRAFT && app.status() != ApplicationStatus.DIKEMBALIKAN) {
				return new Outcome(app.id(), false, false,
						Map.of(requirementKey, Problem.of("permohonan.not-editable")));
			}
			try {
				StoredFile stored = files.store(upload, rulesOf(spec));
				repository.attach(app.id(), spec.key(), stored, clock.instant());
			}
			catch (PolicyViolation refused) {
				tx.setRollbackOnly();
				return new Outcome(app.id(), false, false,
						Map.of(requirementKey, new Problem(refused.code(), List.of(refused.args()))));
			}
			return new Outcome(app.id(), false, false, Map.of());
		});
	}

	/** Checks values and uploads completely, then writes them; writes nothing useful when there are problems. */
	private Map<String, Problem> apply(Application app, ServiceVersion service, Map<String, String> rawValues,
			Map<String, Upload> uploads, boolean filing, Instant now, boolean mayHaveFiles) {
		Map<String, String> values = onlyFormFields(service, rawValues);
		Map<String, Problem> problems = new LinkedHashMap<>();
		validate(service, values).forEach((key, code) -> {
			if (filing || !REQUIRED.equals(code)) {
				problems.put(key, Problem.of(code));
			}
		});
		IssuingUnits.Resolution unit = issuingUnits.resolve(service, values);
		if (!unit.found() && filing) {
			problems.putIfAbsent(unit.fieldKey() == null ? "unit" : unit.fieldKey(), Problem.of(unit.errorCode()));
		}
		Set<String> attached = new java.util.HashSet<>();
		if (mayHaveFiles) {
			repository.files(app.id()).forEach(file -> attached.add(file.requirementKey()));
		}
		// Every file is checked first, so the citizen hears about each refused one; they are stored together.
		List<String> keys = new ArrayList<>();
		List<Upload> accepted = new ArrayList<>();
		List<UploadRules> rules = new ArrayList<>();
		for (Map.Entry<String, Upload> entry : uploads.entrySet()) {
			if (!hasFile(uploads, entry.getKey())) {
				continue;
			}
			RequirementSpec spec = service.requirement(entry.getKey()).orElse(null);
			if (spec == null) {
				continue;
			}
			UploadRules limits = rulesOf(spec);
			try {
				files.check(entry.getValue(), limits);
				keys.add(spec.key());
				accepted.add(entry.getValue());
				rules.add(limits);
				attached.add(spec.key());
			}
			catch (PolicyViolation refused) {
				problems.put(spec.key(), new Problem(refused.code(), List.of(refused.args())));
			}
		}
		if (problems.isEmpty() && !accepted.isEmpty()) {
			repository.attachAll(app.id(), keys, files.storeAll(accepted, rules), now);
		}
		if (filing) {
			for (RequirementSpec spec : service.requirements()) {
				if (spec.mandatory() && !attached.contains(spec.key()) && !problems.containsKey(spec.key())) {
					problems.put(spec.key(), Problem.of("permohonan.requirement-missing"));
				}
			}
		}
		if (problems.isEmpty()) {
			app.fill(values, unit.unitId(), now);
		}
		return problems;
	}

	/**
	 * The catalogue's own rules for the form; until a validation bean is present (the layanan module provides it),
	 * at least the required fields and lengths are checked here.
	 */
	private Map<String, String> validate(ServiceVersion service, Map<String, String> values) {
		FormValidation rules = validation.getIfAvailable();
		if (rules != null) {
			return rules.validate(service, values);
		}
		Map<String, String> problems = new LinkedHashMap<>();
		for (FormField field : service.form()) {
			String value = values.getOrDefault(field.key(), "");
			if (field.required() && value.isBlank()) {
				problems.put(field.key(), REQUIRED);
			}
			else if (field.maxLength() != null && value.length() > field.maxLength()) {
				problems.put(field.key(), "layanan.field-too-long");
			}
		}
		return problems;
	}

	private static Map<String, String> onlyFormFields(ServiceVersion service, Map<String, String> raw) {
		Map<String, String> values = new LinkedHashMap<>();
		for (FormField field : service.form()) {
			String value = raw == null ? null : raw.get(field.key());
			values.put(field.key(), value == null ? "" : value.strip());
		}
		return values;
	}

	static UploadRules rulesOf(RequirementSpec spec) {
		long max = spec.maxBytes() > 0 ? spec.maxBytes() : 2L * 1024 * 1024;
		return spec.acceptedMediaTypes().isEmpty() ? UploadRules.documentsAndImages(max)
				: new UploadRules(spec.acceptedMediaTypes(), max);
	}

	private static boolean hasFile(Map<String, Upload> uploads, String key) {
		Upload upload = uploads.get(key);
		// A file input left empty arrives as a part without a name; a chosen but empty file has a name.
		return upload != null && ((upload.originalName() != null && !upload.originalName().isBlank())
				|| upload.content().length > 0);
	}

	private Application ownLocked(CurrentUser citizen, UUID applicationId) {
		return repository.lock(applicationId).filter(app -> app.accountId() == citizen.accountId())
			.orElseThrow(NotFound::new);
	}

	private String uniqueTrackingCode() {
		String code = TrackingCodes.generate();
		while (repository.trackingCodeTaken(code)) {
			code = TrackingCodes.generate();
		}
		return code;
	}

	private static void requireCitizen(CurrentUser user) {
		if (!user.isCitizen()) {
			throw new org.springframework.security.access.AccessDeniedException("citizens only");
		}
	}
}
