package org.satukota.permohonan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.calendar.SlaClock;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;

/**
 * One application, changed only through its transitions. Every transition checks that it is allowed in the
 * current status and step (codes {@code permohonan.*}) and leaves a {@link HistoryEntry} to be stored with it.
 * The workflow comes from the service version the application was filed under, passed in by the caller.
 */
final class Application {

	/** The pause reason stored on the deadline clock while the citizen corrects. */
	static final String CORRECTION_PAUSE = "dikembalikan untuk perbaikan";

	private final UUID id;

	private final long accountId;

	private final UUID idempotencyKey;

	private final long serviceVersionId;

	private final String serviceCode;

	private final String serviceName;

	private final boolean permit;

	private Long unitId;

	private ApplicationStatus status;

	private Integer stepIndex;

	private String stepKey;

	private String stepRole;

	private Instant stepStartedAt;

	private Map<String, String> values;

	private Map<String, String> corrections;

	private String registrationNumber;

	private String trackingCode;

	private int budgetWorkingDays;

	private SlaClock clock;

	private String rejectionReason;

	private String inspectionNote;

	private String komitmenNote;

	private UUID documentId;

	private String documentNumber;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	private final Instant createdAt;

	private Instant submittedAt;

	private Instant updatedAt;

	private Instant completedAt;

	private final int version;

	private final List<HistoryEntry> newHistory = new ArrayList<>();

	Application(UUID id, long accountId, UUID idempotencyKey, long serviceVersionId, String serviceCode,
			String serviceName, boolean permit, Long unitId, ApplicationStatus status, Integer stepIndex,
			String stepKey, String stepRole, Instant stepStartedAt, Map<String, String> values,
			Map<String, String> corrections, String registrationNumber, String trackingCode, int budgetWorkingDays,
			SlaClock clock, String rejectionReason, String inspectionNote, String komitmenNote, UUID documentId,
			String documentNumber, LocalDate issuedOn, LocalDate expiresOn, Instant createdAt, Instant submittedAt,
			Instant updatedAt, Instant completedAt, int version) {
		this.id = id;
		this.accountId = accountId;
		this.idempotencyKey = idempotencyKey;
		this.serviceVersionId = serviceVersionId;
		this.serviceCode = serviceCode;
		this.serviceName = serviceName;
		this.permit = permit;
		this.unitId = unitId;
		this.status = status;
		this.stepIndex = stepIndex;
		this.stepKey = stepKey;
		this.stepRole = stepRole;
		this.stepStartedAt = stepStartedAt;
		this.values = new LinkedHashMap<>(values);
		this.corrections = new LinkedHashMap<>(corrections);
		this.registrationNumber = registrationNumber;
		this.trackingCode = trackingCode;
		this.budgetWorkingDays = budgetWorkingDays;
		this.clock = clock;
		this.rejectionReason = rejectionReason;
		this.inspectionNote = inspectionNote;
		this.komitmenNote = komitmenNote;
		this.documentId = documentId;
		this.documentNumber = documentNumber;
		this.issuedOn = issuedOn;
		this.expiresOn = expiresOn;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
		this.completedAt = completedAt;
		this.version = version;
	}

	/** A new draft under {@code service}, owned by {@code accountId}. */
	static Application draft(UUID id, long accountId, UUID idempotencyKey, ServiceVersion service, Instant now) {
		return new Application(id, accountId, idempotencyKey, service.id(), service.code(), service.name(),
				service.permit(), null, ApplicationStatus.DRAFT, null, null, null, null, Map.of(), Map.of(), null,
				null, service.totalWorkingDays(), null, null, null, null, null, null, null, null, now, null, now,
				null, 0);
	}

	// ---- transitions -------------------------------------------------------------------------------------

	/** Keeps what the citizen entered so far; possible while a draft or while returned for correction. */
	void fill(Map<String, String> newValues, Long issuingUnitId, Instant now) {
		if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.DIKEMBALIKAN) {
			throw new PolicyViolation("permohonan.not-editable");
		}
		if (status == ApplicationStatus.DIKEMBALIKAN && issuingUnitId != null && !issuingUnitId.equals(unitId)) {
			// The unit that returned it must receive the correction; moving it elsewhere would escape its inbox.
			throw new PolicyViolation("permohonan.unit-fixed");
		}
		this.values = new LinkedHashMap<>(newValues);
		if (issuingUnitId != null) {
			this.unitId = issuingUnitId;
		}
		this.updatedAt = now;
	}

	/** Files the draft: it gets its numbers, enters the first workflow step and the deadline clock starts. */
	void submit(ServiceVersion service, String registrationNumber, String trackingCode, Instant now, Actor actor) {
		requireService(service);
		if (status != ApplicationStatus.DRAFT) {
			throw new PolicyViolation("permohonan.already-submitted");
		}
		if (unitId == null) {
			throw new PolicyViolation("permohonan.unit-required");
		}
		if (service.workflow().isEmpty()) {
			throw new PolicyViolation("permohonan.workflow-empty");
		}
		this.registrationNumber = registrationNumber;
		this.trackingCode = trackingCode;
		this.submittedAt = now;
		this.clock = SlaClock.start(now);
		this.budgetWorkingDays = service.totalWorkingDays();
		enterStep(service, 0, now);
		this.status = ApplicationStatus.DIAJUKAN;
		record(now, actor, "permohonan.submitted", null);
	}

	/**
	 * Sends the application back to the citizen with a reason per requirement (or per form field); the deadline
	 * clock pauses until they resubmit.
	 */
	void returnForCorrection(ServiceVersion service, Map<String, String> reasons, Instant now, Actor actor) {
		requireService(service);
		WorkflowStep step = requireOpenStep(service);
		CorrectionPolicy.check(service, step, reasons);
		this.corrections = new LinkedHashMap<>(CorrectionPolicy.normalise(reasons));
		this.clock = clock.pause(now, CORRECTION_PAUSE);
		this.status = ApplicationStatus.DIKEMBALIKAN;
		record(now, actor, "permohonan.returned", CorrectionPolicy.describe(service, corrections));
	}

	/** The citizen corrected what was asked: the same step gets it again and the clock runs on. */
	void resubmit(ServiceVersion service, Instant now, Actor actor, WorkingCalendar calendar) {
		requireService(service);
		if (status != ApplicationStatus.DIKEMBALIKAN) {
			throw new PolicyViolation("permohonan.not-returned");
		}
		this.clock = clock.resume(now, calendar);
		this.corrections = new LinkedHashMap<>();
		this.stepStartedAt = now;
		this.status = stepIndex == 0 ? ApplicationStatus.DIAJUKAN : ApplicationStatus.DIPROSES;
		record(now, actor, "permohonan.resubmitted", null);
	}

	/** The front office found it complete: on to the next step. */
	String forward(ServiceVersion service, Instant now, Actor actor) {
		WorkflowStep step = requireStepOfKind(service, StepKind.VERIFY);
		advance(service, now);
		record(now, actor, "permohonan.forwarded", null);
		return step.key();
	}

	/** Not eligible: final, with a reason. */
	void reject(ServiceVersion service, String reason, Instant now, Actor actor) {
		requireOpenStep(service);
		String why = ReasonPolicy.require(reason);
		this.rejectionReason = why;
		this.status = ApplicationStatus.DITOLAK;
		this.completedAt = now;
		record(now, actor, "permohonan.rejected", why);
	}

	/** A permit's field inspection is done; its findings are recorded and the application moves on. */
	void recordInspection(ServiceVersion service, String findings, Instant now, Actor actor) {
		requireStepOfKind(service, StepKind.INSPECT);
		String note = ReasonPolicy.require(findings);
		this.inspectionNote = note;
		advance(service, now);
		record(now, actor, "permohonan.inspection-recorded", note);
	}

	/** The applicant fulfilled the permit's conditions (komitmen). */
	void confirmKomitmen(ServiceVersion service, String note, Instant now, Actor actor) {
		requireStepOfKind(service, StepKind.KOMITMEN);
		String what = ReasonPolicy.require(note);
		this.komitmenNote = what;
		advance(service, now);
		record(now, actor, "permohonan.komitmen-confirmed", what);
	}

	/** Checks that the signing step may be completed now; call before issuing the document. */
	void checkCanApprove(ServiceVersion service) {
		requireStepOfKind(service, StepKind.APPROVE_AND_SIGN);
	}

	/** The signing official approved and the signed document was issued: final. */
	void approveAndIssue(ServiceVersion service, UUID documentId, String documentNumber, LocalDate issuedOn,
			Instant now, Actor actor) {
		requireStepOfKind(service, StepKind.APPROVE_AND_SIGN);
		this.documentId = documentId;
		this.documentNumber = documentNumber;
		this.issuedOn = issuedOn;
		Integer months = service.document() == null ? null : service.document().validityMonths();
		this.expiresOn = months == null ? null : issuedOn.plusMonths(months);
		this.status = ApplicationStatus.SELESAI;
		this.completedAt = now;
		record(now, actor, "permohonan.completed", null);
	}

	// ---- deadlines ---------------------------------------------------------------------------------------

	/** The whole application's deadline; empty for drafts, while paused, and once final. */
	Optional<Instant> deadline(WorkingCalendar calendar) {
		if (clock == null || status.isFinal()) {
			return Optional.empty();
		}
		return clock.deadline(budgetWorkingDays, calendar);
	}

	/** The last working day of the whole budget ("paling lambat"). */
	Optional<LocalDate> dueDate(WorkingCalendar calendar) {
		if (clock == null || status.isFinal()) {
			return Optional.empty();
		}
		return clock.dueDate(budgetWorkingDays, calendar);
	}

	/** The current step's deadline while staff have it. */
	Optional<Instant> stepDeadline(ServiceVersion service, WorkingCalendar calendar) {
		if (!status.isOpen() || stepIndex == null) {
			return Optional.empty();
		}
		WorkflowStep step = service.workflow().get(stepIndex);
		return Optional.of(calendar.addWorkingDays(stepStartedAt, step.deadlineWorkingDays()));
	}

	/** Late on the whole budget or on the current step (only while staff have it). */
	boolean isOverdue(ServiceVersion service, Instant now, WorkingCalendar calendar) {
		if (!status.isOpen()) {
			return false;
		}
		boolean whole = clock.isOverdue(budgetWorkingDays, now, calendar);
		boolean stepLate = stepDeadline(service, calendar).map(d -> !now.isBefore(d)).orElse(false);
		return whole || stepLate;
	}

	// ---- internals ---------------------------------------------------------------------------------------

	private void advance(ServiceVersion service, Instant now) {
		int next = stepIndex + 1;
		if (next >= service.workflow().size()) {
			throw new PolicyViolation("permohonan.workflow-ended");
		}
		enterStep(service, next, now);
		this.status = ApplicationStatus.DIPROSES;
	}

	private void enterStep(ServiceVersion service, int index, Instant now) {
		WorkflowStep step = service.workflow().get(index);
		this.stepIndex = index;
		this.stepKey = step.key();
		this.stepRole = step.actingRole().name();
		this.stepStartedAt = now;
		this.updatedAt = now;
	}

	private WorkflowStep requireOpenStep(ServiceVersion service) {
		requireService(service);
		if (!status.isOpen()) {
			throw new PolicyViolation(status == ApplicationStatus.DIKEMBALIKAN ? "permohonan.waiting-for-citizen"
					: "permohonan.not-open");
		}
		return service.workflow().get(stepIndex);
	}

	private WorkflowStep requireStepOfKind(ServiceVersion service, StepKind kind) {
		WorkflowStep step = requireOpenStep(service);
		if (step.kind() != kind) {
			throw new PolicyViolation("permohonan.wrong-step", step.label());
		}
		return step;
	}

	private void requireService(ServiceVersion service) {
		if (service.id() != serviceVersionId) {
			// Never act on an application with another version's workflow than the one it was filed under.
			throw new IllegalArgumentException("Application " + id + " was filed under version " + serviceVersionId);
		}
	}

	private void record(Instant now, Actor actor, String action, String reason) {
		this.updatedAt = now;
		newHistory.add(new HistoryEntry(now, actor.username(), actor.role(), actor.unitId(), action, status,
				stepKey, reason));
	}

	// ---- state -------------------------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public long accountId() {
		return accountId;
	}

	public UUID idempotencyKey() {
		return idempotencyKey;
	}

	public long serviceVersionId() {
		return serviceVersionId;
	}

	public String serviceCode() {
		return serviceCode;
	}

	public String serviceName() {
		return serviceName;
	}

	public boolean permit() {
		return permit;
	}

	public Long unitId() {
		return unitId;
	}

	public ApplicationStatus status() {
		return status;
	}

	public Integer stepIndex() {
		return stepIndex;
	}

	public String stepKey() {
		return stepKey;
	}

	public String stepRole() {
		return stepRole;
	}

	public Instant stepStartedAt() {
		return stepStartedAt;
	}

	public Map<String, String> values() {
		return Collections.unmodifiableMap(values);
	}

	public Map<String, String> corrections() {
		return Collections.unmodifiableMap(corrections);
	}

	public String registrationNumber() {
		return registrationNumber;
	}

	public String trackingCode() {
		return trackingCode;
	}

	public int budgetWorkingDays() {
		return budgetWorkingDays;
	}

	public SlaClock clock() {
		return clock;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	public String inspectionNote() {
		return inspectionNote;
	}

	public String komitmenNote() {
		return komitmenNote;
	}

	public UUID documentId() {
		return documentId;
	}

	public String documentNumber() {
		return documentNumber;
	}

	public LocalDate issuedOn() {
		return issuedOn;
	}

	public LocalDate expiresOn() {
		return expiresOn;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public int version() {
		return version;
	}

	/** The history entries made since this object was loaded, to be stored with it. */
	public List<HistoryEntry> newHistory() {
		return List.copyOf(newHistory);
	}

	@Override
	public String toString() {
		return "Application[" + id + ", " + status + ", step=" + stepKey + "]";
	}
}
