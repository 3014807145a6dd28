package org.satukota.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.satukota.account.CurrentUser;
import org.satukota.account.Role;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;
import org.satukota.permohonan.ApplicationStatus;
import org.springframework.stereotype.Component;

/** Read models for the pages and the API: everything already formatted for the city's zone and language. */
@Component
class ApplicationViews {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN);

	/** A form field with what the citizen entered, for display. */
	record FieldRow(FormField field, String value, String display, String correction) {
	}

	/** A requirement, the file attached for it (if any), and the officer's correction request (if any). */
	record RequirementRow(RequirementSpec spec, AttachedFile file, String correction) {
	}

	/** One recorded decision, formatted. */
	record HistoryRow(String when, String actor, String role, String action, ApplicationStatus status, String reason) {
	}

	/** An application in full, for its citizen or for staff. */
	record Detail(Application app, ServiceVersion service, String unitName, String trackingCode, String submittedAt,
			String dueDate, String stepDeadline, boolean overdue, WorkflowStep step, List<FieldRow> fields,
			List<RequirementRow> requirements, String generalCorrection, List<HistoryRow> history, String issuedOn,
			String expiresOn, String documentCode) {

		public ApplicationStatus status() {
			return app.status();
		}

		public boolean paused() {
			return app.status() == ApplicationStatus.DIKEMBALIKAN;
		}

		public boolean canVerify() {
			return app.status().isOpen() && step != null && step.kind() == StepKind.VERIFY;
		}

		public boolean canInspect() {
			return app.status().isOpen() && step != null && step.kind() == StepKind.INSPECT;
		}

		public boolean canConfirmKomitmen() {
			return app.status().isOpen() && step != null && step.kind() == StepKind.KOMITMEN;
		}

		public boolean canApprove() {
			return app.status().isOpen() && step != null && step.kind() == StepKind.APPROVE_AND_SIGN;
		}

		public boolean canReturn() {
			return canVerify() || canInspect();
		}
	}

	/** One line of a staff inbox. */
	record InboxRow(UUID id, String registrationNumber, String serviceName, String unitName, ApplicationStatus status,
			String stepLabel, String deadline, boolean overdue, boolean dueSoon, boolean actionable,
			Instant submittedAt, Instant deadlineInstant) {

		public String rowClass() {
			return overdue ? "pmh-overdue" : dueSoon ? "pmh-due-soon" : "";
		}
	}

	/** A staff inbox: rows (overdue first), counts per status, and the current filter ({@code null}: to act on). */
	record Inbox(List<InboxRow> rows, Map<ApplicationStatus, Long> counts, ApplicationStatus filter,
			long actionable, long overdue) {
	}

	private final ApplicationRepository repository;

	private final ServiceCatalog catalog;

	private final Units units;

	private final WorkingCalendar calendar;

	private final StaffAccess access;

	private final Clock clock;

	ApplicationViews(ApplicationRepository repository, ServiceCatalog catalog, Units units, WorkingCalendar calendar,
			StaffAccess access, Clock clock) {
		this.repository = repository;
		this.catalog = catalog;
		this.units = units;
		this.calendar = calendar;
		this.access = access;
		this.clock = clock;
	}

	Detail detail(Application app, Optional<String> documentCode) {
		WorkingCalendar cal = calendar.snapshot();
		ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
		WorkflowStep step = app.stepIndex() == null ? null : service.workflow().get(app.stepIndex());
		List<FieldRow> fields = new ArrayList<>();
		for (FormField field : service.form()) {
			String value = app.values().getOrDefault(field.key(), "");
			fields.add(new FieldRow(field, value, display(field, value), app.corrections().get(field.key())));
		}
		Map<String, AttachedFile> files = new HashMap<>();
		repository.files(app.id()).forEach(file -> files.put(file.requirementKey(), file));
		List<RequirementRow> requirements = service.requirements()
			.stream()
			.map(spec -> new RequirementRow(spec, files.get(spec.key()), app.corrections().get(spec.key())))
			.toList();
		List<HistoryRow> history = repository.history(app.id())
			.stream()
			.map(entry -> new HistoryRow(format(entry.occurredAt()), entry.actorUsername(), entry.actorRole(),
					entry.action(), entry.statusAfter(), entry.reason()))
			.toList();
		Instant now = clock.instant();
		return new Detail(app, service, unitName(app.unitId()), TrackingCodes.display(app.trackingCode()),
				format(app.submittedAt()), app.dueDate(cal).map(DATE::format).orElse(null),
				app.stepDeadline(service, cal).map(d -> format(d)).orElse(null), app.isOverdue(service, now, cal),
				step, fields, requirements, app.corrections().get(CorrectionPolicy.GENERAL), history,
				app.issuedOn() == null ? null : DATE.format(app.issuedOn()),
				app.expiresOn() == null ? null : DATE.format(app.expiresOn()), documentCode.orElse(null));
	}

	Inbox inbox(CurrentUser staff, ApplicationStatus filter) {
		WorkingCalendar cal = calendar.snapshot();
		Instant now = clock.instant();
		Map<Role, Set<Long>> covered = access.coveredUnits(staff);
		Set<Long> all = new HashSet<>();
		covered.values().forEach(all::addAll);
		Map<Long, ServiceVersion> versions = new HashMap<>();
		List<InboxRow> rows = new ArrayList<>();
		List<Application> candidates = filter == null
				? openOf(all) : repository.ofUnits(all, filter, 300);
		for (Application app : candidates) {
			ServiceVersion service = versions.computeIfAbsent(app.serviceVersionId(),
					id -> catalog.version(id).orElseThrow());
			boolean actionable = app.status().isOpen() && app.stepRole() != null
					&& covered.getOrDefault(Role.valueOf(app.stepRole()), Set.of()).contains(app.unitId());
			if (filter == null && !actionable) {
				continue;
			}
			WorkflowStep step = app.stepIndex() == null ? null : service.workflow().get(app.stepIndex());
			Optional<Instant> stepDeadline = app.stepDeadline(service, cal);
			Optional<Instant> whole = app.deadline(cal);
			Instant earliest = stepDeadline.map(s -> whole.filter(w -> w.isBefore(s)).orElse(s)).orElse(whole.orElse(null));
			boolean overdue = app.isOverdue(service, now, cal);
			boolean dueSoon = !overdue && earliest != null && app.status().isOpen()
					&& !now.isBefore(earliest.minus(java.time.Duration.ofDays(1)));
			rows.add(new InboxRow(app.id(), app.registrationNumber(), app.serviceName(), unitName(app.unitId()),
					app.status(), step == null ? null : step.label(), earliest == null ? null : format(earliest),
					overdue, dueSoon, actionable, app.submittedAt(), earliest));
		}
		rows.sort(Comparator.comparing((InboxRow r) -> !r.overdue())
			.thenComparing(r -> r.deadlineInstant() == null ? Instant.MAX : r.deadlineInstant())
			.thenComparing(r -> r.submittedAt() == null ? Instant.MAX : r.submittedAt()));
		long overdueCount = rows.stream().filter(InboxRow::overdue).count();
		long actionableCount = filter == null ? rows.size() : rows.stream().filter(InboxRow::actionable).count();
		return new Inbox(rows, repository.countsByStatus(all), filter, actionableCount, overdueCount);
	}

	private List<Application> openOf(Set<Long> unitIds) {
		List<Application> open = new ArrayList<>(repository.ofUnits(unitIds, ApplicationStatus.DIAJUKAN, 300));
		open.addAll(repository.ofUnits(unitIds, ApplicationStatus.DIPROSES, 300));
		return open;
	}

	String unitName(Long unitId) {
		return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse(null);
	}

	String format(Instant instant) {
		return instant == null ? null : DATE_TIME.format(instant.atZone(calendar.zone()));
	}

	static String formatDate(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	private String display(FormField field, String value) {
		if (field.type() == FieldType.KELURAHAN && value.matches("\\d{1,18}")) {
			return unitName(Long.parseLong(value));
		}
		return value;
	}
}
