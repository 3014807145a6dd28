package org.satukota.pengaduan.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.CurrentUser;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintReceipt;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as JSON for apps and load tests (HTTP Basic, stateless). Citizens submit with an {@code Idempotency-Key}
 * header (a retry returns the same report, 200 instead of 201), list and read their own, reply, rate and reopen.
 * Coordinators and OPD liaisons act with the same rules as on their pages. Errors are problem documents with a
 * stable {@code code} and, for invalid submissions, {@code fieldErrors}.
 */
@RestController
@RequestMapping(path = "/api/pengaduan", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

	record SubmitRequest(ComplaintKind kind, String categoryCode, String title, String description, Double latitude,
			Double longitude, Long kelurahanId, String address, Boolean anonim, Boolean rahasia) {
	}

	record ApiReceipt(UUID id, String trackingNumber, boolean created) {
	}

	record ApiSummary(UUID id, String trackingNumber, String title, String categoryCode, String status,
			Instant submittedAt, Instant updatedAt) {
	}

	record ApiEntry(Instant at, String action, String status, String text) {
	}

	record ApiDetail(UUID id, String trackingNumber, ComplaintKind kind, String categoryCode, String categoryName,
			String title, String description, String status, boolean open, boolean anonim, boolean rahasia,
			Double latitude, Double longitude, Long kelurahanId, String address, List<String> opds, LocalDate dueDate,
			boolean overdue, Integer rating, Instant submittedAt, Instant updatedAt, List<ApiEntry> timeline) {
	}

	record TextRequest(String text, String question, String referral, String original, String reason, String note,
			String answer) {
	}

	record DisposeRequest(List<Long> opdIds, String note) {
	}

	record RateRequest(Integer rating, String comment) {
	}

	private final Intake intake;

	private final Handling handling;

	private final ComplaintRepository repository;

	private final StaffQueries queries;

	private final Views views;

	private final Access access;

	private final Accounts accounts;

	private final MessageSource messages;

	ApiController(Intake intake, Handling handling, ComplaintRepository repository, StaffQueries queries, Views views,
			Access access, Accounts accounts, MessageSource messages) {
		this.intake = intake;
		this.handling = handling;
		this.repository = repository;
		this.queries = queries;
		this.views = views;
		this.access = access;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> submit(@RequestHeader("Idempotency-Key") String key, @RequestBody SubmitRequest body,
			Locale locale) {
		CurrentUser user = citizen();
		AccountView account = accounts.find(user.accountId()).orElseThrow();
		if (key.isBlank() || key.length() > 200) {
			return problem(HttpStatus.BAD_REQUEST, "pengaduan.idempotency-key-required", locale, null);
		}
		ComplaintSubmission submission = new ComplaintSubmission("api", user.accountId() + ":" + key.strip(),
				body.kind(), body.categoryCode(), body.title(), body.description(), body.latitude(), body.longitude(),
				body.kelurahanId(), body.address(), user.accountId(), account.fullName(), account.email(),
				account.phone(), Boolean.TRUE.equals(body.anonim()), Boolean.TRUE.equals(body.rahasia()), null);
		Intake.Outcome outcome = intake.file(submission, List.of(), List.of(), true);
		if (!outcome.succeeded()) {
			Map<String, String> fields = new LinkedHashMap<>();
			outcome.problems().forEach((field, p) -> fields.put(field,
					messages.getMessage(p.code(), p.argArray(), p.code(), locale)));
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "pengaduan.submission-invalid", locale, fields);
		}
		ComplaintReceipt r = outcome.receipt();
		ApiReceipt receipt = new ApiReceipt(r.complaintId(), r.trackingNumber(), r.created());
		return r.created() ? ResponseEntity.created(URI.create("/api/pengaduan/" + r.trackingNumber())).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	@GetMapping
	List<ApiSummary> mine() {
		return repository.ofReporter(citizen().accountId(), 500)
			.stream()
			.map(c -> new ApiSummary(c.id, c.trackingNumber, c.title, c.categoryCode, c.status.name(), c.submittedAt,
					c.updatedAt))
			.toList();
	}

	@GetMapping("/{ref}")
	ApiDetail detail(@PathVariable String ref) {
		Complaint c = find(ref);
		Views.Audience audience = audience(c);
		Views.ComplaintView view = views.of(c, audience);
		return new ApiDetail(c.id, c.trackingNumber, c.kind, c.categoryCode, c.categoryName, c.title, c.description,
				c.status.name(), c.status.open(), c.anonim, c.rahasia, c.latitude, c.longitude, c.kelurahanId,
				c.address, view.dispositions().stream().map(Views.DispositionView::opdName).toList(), view.dueDate(),
				view.overdue(), c.rating, c.submittedAt, c.updatedAt,
				view.timeline().stream().map(e -> new ApiEntry(e.at(), e.action(), null, e.text())).toList());
	}

	// --- reporter ------------------------------------------------------------------------------------------------

	@PostMapping("/{ref}/nilai")
	ResponseEntity<Void> rate(@PathVariable String ref, @RequestBody RateRequest body) {
		Complaint c = find(ref);
		handling.rate(c.id, body.rating() == null ? 0 : body.rating(), body.comment(), access.owner(c));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/balas")
	ResponseEntity<Void> reply(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = find(ref);
		handling.reply(c.id, body.text(), access.owner(c));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/buka-kembali")
	ResponseEntity<Void> reopen(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = find(ref);
		handling.reopen(c.id, body.reason(), access.owner(c));
		return ResponseEntity.noContent().build();
	}

	// --- coordinator ---------------------------------------------------------------------------------------------

	@PostMapping("/{ref}/disposisi")
	ResponseEntity<Void> dispose(@PathVariable String ref, @RequestBody DisposeRequest body) {
		Complaint c = coordinatorFind(ref);
		handling.dispose(c.id, body.opdIds(), body.note(), access.coordinator());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/tunda")
	ResponseEntity<Void> hold(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = coordinatorFind(ref);
		handling.hold(c.id, body.question(), access.coordinator());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/bukan-wewenang")
	ResponseEntity<Void> notCompetent(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = coordinatorFind(ref);
		handling.notCompetent(c.id, body.referral(), access.coordinator());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/duplikat")
	ResponseEntity<Void> duplicate(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = coordinatorFind(ref);
		handling.markDuplicate(c.id, body.original(), access.coordinator());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/arsip")
	ResponseEntity<Void> archive(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = coordinatorFind(ref);
		handling.archive(c.id, body.reason(), access.coordinator());
		return ResponseEntity.noContent().build();
	}

	// --- OPD liaison ---------------------------------------------------------------------------------------------

	@PostMapping("/{ref}/terima")
	ResponseEntity<Void> accept(@PathVariable String ref) {
		Complaint c = find(ref);
		Disposition d = liaisonDisposition(c);
		handling.accept(c.id, d.opdId(), access.liaisonActor(d));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/progres")
	ResponseEntity<Void> progress(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = find(ref);
		Disposition d = liaisonDisposition(c);
		handling.progress(c.id, d.opdId(), body.note(), List.of(), access.liaisonActor(d));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/tanggapan")
	ResponseEntity<Void> answer(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = find(ref);
		Disposition d = liaisonDisposition(c);
		handling.answer(c.id, d.opdId(), body.answer(), List.of(), access.liaisonActor(d));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{ref}/kembalikan")
	ResponseEntity<Void> handBack(@PathVariable String ref, @RequestBody TextRequest body) {
		Complaint c = find(ref);
		Disposition d = liaisonDisposition(c);
		handling.handBack(c.id, d.opdId(), body.reason(), access.liaisonActor(d));
		return ResponseEntity.noContent().build();
	}

	// --- errors --------------------------------------------------------------------------------------------------

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "pengaduan.not-found", locale, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "pengaduan.forbidden", locale, null);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingKey(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "pengaduan.idempotency-key-required", locale, null);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Locale locale,
			Map<String, String> fields) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, locale));
		problem.setProperty("code", code);
		if (fields != null) {
			problem.setProperty("fieldErrors", fields);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private CurrentUser citizen() {
		CurrentUser user = access.user();
		if (!user.isCitizen()) {
			throw new AccessDeniedException("citizens only");
		}
		return user;
	}

	private Complaint find(String ref) {
		Optional<Complaint> found;
		try {
			found = repository.find(UUID.fromString(ref));
		}
		catch (IllegalArgumentException notAnId) {
			found = repository.findByNumber(ref);
		}
		Complaint c = found.orElseThrow(NotFound::new);
		audience(c);
		return c;
	}

	private Complaint coordinatorFind(String ref) {
		if (!access.isCoordinator()) {
			throw new AccessDeniedException("coordinators only");
		}
		return find(ref);
	}

	/** Who is asking decides what they may see; anyone else gets a 404 (not even a hint that it exists). */
	private Views.Audience audience(Complaint c) {
		CurrentUser user = access.user();
		if (user.isCitizen()) {
			if (c.reporterAccountId != null && c.reporterAccountId == user.accountId()) {
				return Views.Audience.REPORTER;
			}
			throw new NotFound();
		}
		if (access.isCoordinator()) {
			return Views.Audience.COORDINATOR;
		}
		if (user.holds(org.satukota.account.Role.ADMIN_PENGHUBUNG_OPD)
				&& queries.visibleToLiaison(c.id, access.liaisonUnits())) {
			return Views.Audience.OPD;
		}
		throw new NotFound();
	}

	private Disposition liaisonDisposition(Complaint c) {
		if (!access.user().holds(org.satukota.account.Role.ADMIN_PENGHUBUNG_OPD)) {
			throw new AccessDeniedException("liaisons only");
		}
		return access.liaisonDisposition(repository.dispositions(c.id)).orElseThrow(NotFound::new);
	}

	static Actor none() {
		return Actor.SYSTEM;
	}
}
