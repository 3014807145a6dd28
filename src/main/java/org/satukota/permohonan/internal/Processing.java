package org.satukota.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.DocumentNumbers;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssueRequest;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.WorkflowStep;
import org.satukota.permohonan.ApplicationCompleted;
import org.satukota.permohonan.ApplicationForwarded;
import org.satukota.permohonan.ApplicationRejected;
import org.satukota.permohonan.ApplicationReturned;
import org.satukota.permohonan.InspectionRecorded;
import org.satukota.permohonan.KomitmenConfirmed;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff of the issuing unit do with an application. Each action locks the application, checks that the
 * signed-in person holds the current step's role in a unit covering the application's unit
 * ({@link CurrentUsers#actorFor}: otherwise access is denied), applies the transition, and records and publishes
 * the decision in one transaction.
 */
@Service
class Processing {

	private final ApplicationRepository repository;

	private final ServiceCatalog catalog;

	private final CurrentUsers currentUsers;

	private final StaffAccess access;

	private final Accounts accounts;

	private final Units units;

	private final DocumentNumbers numbers;

	private final Documents documents;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SurveyLinks surveys;

	Processing(ApplicationRepository repository, ServiceCatalog catalog, CurrentUsers currentUsers, StaffAccess access,
			Accounts accounts, Units units, DocumentNumbers numbers, Documents documents, WorkingCalendar calendar,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, SurveyLinks surveys) {
		this.repository = repository;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.access = access;
		this.accounts = accounts;
		this.units = units;
		this.numbers = numbers;
		this.documents = documents;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.surveys = surveys;
	}

	/** One decision on a locked application whose service version and acting step are known. */
	private interface Decision {

		void apply(Application app, ServiceVersion service, WorkflowStep step, Actor actor, Instant now);
	}

	void forward(UUID id) {
		decide(id, (app, service, step, actor, now) -> {
			String from = app.forward(service, now, actor);
			events.publishEvent(new ApplicationForwarded(app.id(), app.unitId(), from, app.stepKey(), actor, now));
		});
	}

	void returnForCorrection(UUID id, Map<String, String> reasons) {
		decide(id, (app, service, step, actor, now) -> {
			app.returnForCorrection(service, reasons, now, actor);
			events.publishEvent(new ApplicationReturned(app.id(), app.unitId(), step.key(),
					CorrectionPolicy.describe(service, app.corrections()), actor, now));
		});
	}

	void reject(UUID id, String reason) {
		decide(id, (app, service, step, actor, now) -> {
			app.reject(service, reason, now, actor);
			events.publishEvent(new ApplicationRejected(app.id(), app.unitId(), step.key(), app.rejectionReason(),
					actor, now));
		});
	}

	void recordInspection(UUID id, String findings) {
		decide(id, (app, service, step, actor, now) -> {
			app.recordInspection(service, findings, now, actor);
			events.publishEvent(new InspectionRecorded(app.id(), app.unitId(), step.key(), app.inspectionNote(), actor,
					now));
		});
	}

	void confirmKomitmen(UUID id, String note) {
		decide(id, (app, service, step, actor, now) -> {
			app.confirmKomitmen(service, note, now, actor);
			events.publishEvent(new KomitmenConfirmed(app.id(), app.unitId(), step.key(), app.komitmenNote(), actor,
					now));
		});
	}

	/** The signing official approves: the document is numbered, rendered, signed and issued; the application is done. */
	void approve(UUID id) {
		decide(id, (app, service, step, actor, now) -> {
			app.checkCanApprove(service);
			CurrentUser signer = currentUsers.require();
			UnitView unit = units.find(app.unitId()).orElseThrow();
			DocumentSpec spec = service.document();
			if (spec == null) {
				throw new PolicyViolation("permohonan.no-document-template");
			}
			LocalDate today = calendar.dateOf(now);
			String number = numbers.next(unit.id(), spec.numberFormat(), today);
			AccountView holder = accounts.find(app.accountId()).orElseThrow();
			String body = DocumentBody.fill(spec.bodyTemplate(), placeholders(app, service, holder, unit));
			IssuedDocument document = documents.issue(new IssueRequest(
					spec.title() == null ? service.name() : spec.title(), unit.id(), number, body, signer.accountId(),
					signer.displayName(), SignerTitles.positionAt(unit), holder.fullName(), app.id().toString(),
					actor));
			app.approveAndIssue(service, document.id(), document.number(), document.issuedOn(), now, actor);
			// The applicant is invited to the IKM survey once, in the transaction that completes the service.
			surveys.inviteFor(app);
			events.publishEvent(new ApplicationCompleted(app.id(), app.unitId(), document.id(), document.number(),
					app.expiresOn(), actor, now));
		});
	}

	private void decide(UUID id, Decision decision) {
		transactions.executeWithoutResult(tx -> {
			Application app = repository.lock(id).orElseThrow(Filing.NotFound::new);
			if (!access.canView(app)) {
				throw new Filing.NotFound();
			}
			ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
			if (!app.status().isOpen()) {
				throw new PolicyViolation(app.status() == org.satukota.permohonan.ApplicationStatus.DIKEMBALIKAN
						? "permohonan.waiting-for-citizen" : "permohonan.not-open");
			}
			WorkflowStep step = service.workflow().get(app.stepIndex());
			Actor actor = currentUsers.actorFor(step.actingRole(), app.unitId());
			Instant now = clock.instant();
			decision.apply(app, service, step, actor, now);
			repository.save(app, app.deadline(calendar).orElse(null), app.stepDeadline(service, calendar).orElse(null));
		});
	}

	/** The values the document template may use, KELURAHAN fields as the unit's name. */
	private Map<String, String> placeholders(Application app, ServiceVersion service, AccountView holder,
			UnitView unit) {
		Map<String, String> values = new LinkedHashMap<>();
		String address = "";
		for (FormField field : service.form()) {
			String value = app.values().getOrDefault(field.key(), "");
			if (field.type() == FieldType.KELURAHAN && value.matches("\\d{1,18}")) {
				value = units.find(Long.parseLong(value)).map(UnitView::name).orElse(value);
			}
			if (field.type() == FieldType.ADDRESS && address.isEmpty()) {
				address = value;
			}
			values.put(field.key(), value);
		}
		values.put("pemohon.nama", holder.fullName());
		values.put("pemohon.nik", accounts.nikOf(holder.id()).orElse(""));
		values.put("pemohon.alamat", address);
		values.put("unit.nama", unit.name());
		return values;
	}
}
