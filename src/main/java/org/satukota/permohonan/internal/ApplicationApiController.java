package org.satukota.permohonan.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.permohonan.ApplicationSummary;
import org.satukota.permohonan.Applications;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The citizen's own applications as JSON, for mobile apps (HTTP Basic, stateless). A submission carries an
 * {@code Idempotency-Key} header: repeating it returns the same application. Errors are problem documents with a
 * stable {@code code} and, for invalid input, {@code fieldErrors} per field or requirement key.
 */
@RestController
@RequestMapping(path = "/api/permohonan", produces = MediaType.APPLICATION_JSON_VALUE)
class ApplicationApiController {

	/** A submission: the service, the form values by field key, and whether to file it now or keep a draft. */
	record SubmitRequest(String serviceCode, Map<String, String> values, Boolean submit) {
	}

	/** One requirement file as attached. */
	record ApiFile(String requirementKey, String name, String mediaType, long size, Instant uploadedAt) {
	}

	/** One decision in the history. */
	record ApiHistory(Instant at, String action, ApplicationStatus status, String reason) {
	}

	/** The issued document, once there is one. */
	record ApiDocument(UUID id, String number, LocalDate issuedOn, LocalDate expiresOn, String verificationCode,
			String downloadPath) {
	}

	/** An application of the signed-in citizen. */
	record ApiApplication(UUID id, String registrationNumber, String trackingCode, String serviceCode,
			long serviceVersionId, String serviceName, ApplicationStatus status, String stepKey, String unitName,
			Instant createdAt, Instant submittedAt, LocalDate dueDate, Map<String, String> values,
			Map<String, String> corrections, String rejectionReason, List<ApiFile> files, List<ApiHistory> history,
			ApiDocument document) {
	}

	/** Just where it stands. */
	record ApiStatus(UUID id, String registrationNumber, ApplicationStatus status, String stepKey, LocalDate dueDate,
			boolean clockPaused) {
	}

	private final Filing filing;

	private final ApplicationRepository repository;

	private final Applications applications;

	private final ServiceCatalog catalog;

	private final CurrentUsers currentUsers;

	private final ApplicationViews views;

	private final Documents documents;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	ApplicationApiController(Filing filing, ApplicationRepository repository, Applications applications,
			ServiceCatalog catalog, CurrentUsers currentUsers, ApplicationViews views, Documents documents,
			WorkingCalendar calendar, MessageSource messages) {
		this.filing = filing;
		this.repository = repository;
		this.applications = applications;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.views = views;
		this.documents = documents;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping
	List<ApplicationSummary> list() {
		return applications.ofCitizen(citizen().accountId());
	}

	@GetMapping("/{id}")
	ApiApplication detail(@PathVariable UUID id) {
		return toApi(own(id));
	}

	@GetMapping("/{id}/status")
	ApiStatus status(@PathVariable UUID id) {
		Application app = own(id);
		return new ApiStatus(app.id(), app.registrationNumber(), app.status(), app.stepKey(),
				app.dueDate(calendar).orElse(null), app.status() == ApplicationStatus.DIKEMBALIKAN);
	}

	/** The signed PDF of a completed application. */
	@GetMapping(path = "/{id}/dokumen.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		Application app = own(id);
		if (app.documentId() == null) {
			throw new Filing.NotFound();
		}
		return CitizenApplicationController.FileResponses.attachment(app.documentNumber() + ".pdf",
				MediaType.APPLICATION_PDF_VALUE, documents.pdf(app.documentId()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> submit(@RequestHeader("Idempotency-Key") UUID idempotencyKey,
			@RequestBody SubmitRequest request, Locale locale) {
		CurrentUser user = citizen();
		if (request.serviceCode() == null || catalog.current(request.serviceCode()).isEmpty()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "permohonan.unknown-service", locale,
					Map.of("serviceCode", Filing.Problem.of("permohonan.unknown-service")));
		}
		boolean submit = request.submit() == null || request.submit();
		Filing.Outcome outcome = filing.save(user, request.serviceCode(), idempotencyKey,
				request.values() == null ? Map.of() : request.values(), Map.of(), submit);
		if (!outcome.succeeded()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "permohonan.invalid", locale, outcome.problems());
		}
		ApiApplication body = toApi(repository.find(outcome.applicationId()).orElseThrow());
		return outcome.repeat() ? ResponseEntity.ok(body)
				: ResponseEntity.created(URI.create("/api/permohonan/" + body.id())).body(body);
	}

	/** Files a draft that was created with {@code "submit": false} and completed with uploads. */
	@PostMapping("/{id}/ajukan")
	ResponseEntity<?> submitDraft(@PathVariable UUID id, Locale locale) {
		Filing.Outcome outcome = filing.submitDraft(citizen(), id);
		if (!outcome.succeeded()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "permohonan.invalid", locale, outcome.problems());
		}
		return ResponseEntity.ok(toApi(own(id)));
	}

	/** Corrected values (optional) for a returned application. */
	record ResubmitRequest(Map<String, String> values) {
	}

	/**
	 * Sends a returned application back after correction: upload the files the officer asked about first, then call
	 * this (optionally with corrected values; without them the stored values are kept).
	 */
	@PostMapping("/{id}/ajukan-ulang")
	ResponseEntity<?> resubmit(@PathVariable UUID id, @RequestBody(required = false) ResubmitRequest request,
			Locale locale) {
		Filing.Outcome outcome = filing.resubmit(citizen(), id, request == null ? null : request.values(), Map.of());
		if (!outcome.succeeded()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "permohonan.invalid", locale, outcome.problems());
		}
		return ResponseEntity.ok(toApi(own(id)));
	}

	@PostMapping(path = "/{id}/berkas/{requirementKey}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@PathVariable UUID id, @PathVariable String requirementKey,
			@RequestPart("berkas") MultipartFile file, Locale locale) {
		Filing.Outcome outcome = filing.upload(citizen(), id, requirementKey, FormInput.upload(file));
		if (!outcome.succeeded()) {
			Filing.Problem first = outcome.problems().values().iterator().next();
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, first.code(), locale, outcome.problems());
		}
		return ResponseEntity.ok(toApi(own(id)));
	}

	@ExceptionHandler(Filing.NotFound.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "permohonan.not-found", locale, Map.of());
	}

	@ExceptionHandler(PolicyViolation.class)
	ResponseEntity<ProblemDetail> refused(PolicyViolation violation, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(violation.code(), violation.args(), violation.code(), locale));
		problem.setProperty("code", violation.code());
		problem.setProperty("fieldErrors", Map.of());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler({ MissingRequestHeaderException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestPartException.class,
			org.springframework.http.converter.HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> badRequest(Exception ex, Locale locale) {
		String code = ex instanceof MissingRequestHeaderException missing
				&& "Idempotency-Key".equalsIgnoreCase(missing.getHeaderName()) ? "permohonan.idempotency-key-required"
						: "permohonan.bad-request";
		return problem(HttpStatus.BAD_REQUEST, code, locale, Map.of());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "permohonan.citizens-only", locale, Map.of());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Locale locale,
			Map<String, Filing.Problem> fieldProblems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, locale));
		problem.setProperty("code", code);
		Map<String, Map<String, String>> fieldErrors = new LinkedHashMap<>();
		fieldProblems.forEach((key, p) -> fieldErrors.put(key, Map.of("code", p.code(), "message",
				messages.getMessage(p.code(), p.argArray(), p.code(), locale))));
		problem.setProperty("fieldErrors", fieldErrors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private CurrentUser citizen() {
		CurrentUser user = currentUsers.require();
		if (!user.isCitizen()) {
			throw new org.springframework.security.access.AccessDeniedException("citizens only");
		}
		return user;
	}

	private Application own(UUID id) {
		CurrentUser user = citizen();
		return repository.find(id).filter(app -> app.accountId() == user.accountId()).orElseThrow(Filing.NotFound::new);
	}

	private ApiApplication toApi(Application app) {
		ApiDocument document = null;
		if (app.documentId() != null) {
			Optional<IssuedDocument> issued = documents.find(app.documentId());
			document = new ApiDocument(app.documentId(), app.documentNumber(), app.issuedOn(), app.expiresOn(),
					issued.map(IssuedDocument::verificationCode).orElse(null),
					"/api/permohonan/" + app.id() + "/dokumen.pdf");
		}
		List<ApiFile> files = repository.files(app.id())
			.stream()
			.map(f -> new ApiFile(f.requirementKey(), f.originalName(), f.mediaType(), f.sizeBytes(), f.uploadedAt()))
			.toList();
		List<ApiHistory> history = repository.history(app.id())
			.stream()
			.map(h -> new ApiHistory(h.occurredAt(), h.action(), h.statusAfter(), h.reason()))
			.toList();
		return new ApiApplication(app.id(), app.registrationNumber(), TrackingCodes.display(app.trackingCode()),
				app.serviceCode(), app.serviceVersionId(), app.serviceName(), app.status(), app.stepKey(),
				views.unitName(app.unitId()), app.createdAt(), app.submittedAt(), app.dueDate(calendar).orElse(null),
				app.values(), app.corrections(), app.rejectionReason(), files, history, document);
	}

}
