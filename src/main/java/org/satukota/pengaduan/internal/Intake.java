package org.satukota.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.notifikasi.Notification;
import org.satukota.pengaduan.ComplaintReceipt;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.ComplaintSubmitted;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files reports from every channel through one path: validate completely, then in one transaction insert the
 * report (or find the one an earlier try with the same channel and key created), store its photos without EXIF,
 * log the action, publish {@link ComplaintSubmitted} and e-mail the reporter. Guests confirm their e-mail address
 * with a six-digit code first; their report exists only after that.
 */
@Service
class Intake {

	/** The outcome for forms: the receipt, or the problems per field (nothing saved). */
	record Outcome(ComplaintReceipt receipt, Map<String, Problem> problems) {

		boolean succeeded() {
			return problems.isEmpty();
		}
	}

	/** A guest's pending report: where to enter the code, or the problems per field. */
	record GuestStart(UUID pendingId, Map<String, Problem> problems) {
	}

	static final int TITLE_MAX = 150;

	static final int DESCRIPTION_MAX = 4000;

	static final Duration CODE_VALIDITY = Duration.ofMinutes(30);

	static final int CODE_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ComplaintRepository repository;

	private final Categories categories;

	private final Units units;

	private final Photos photos;

	private final Notifier notifier;

	private final WorkingCalendar calendar;

	private final Budgets budgets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Intake(ComplaintRepository repository, Categories categories, Units units, Photos photos, Notifier notifier,
			WorkingCalendar calendar, Budgets budgets, ApplicationEventPublisher events,
			TransactionTemplate transactions, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.categories = categories;
		this.units = units;
		this.photos = photos;
		this.notifier = notifier;
		this.calendar = calendar;
		this.budgets = budgets;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Checks a submission completely; an empty map means it can be filed. */
	Map<String, Problem> validate(ComplaintSubmission s, List<Upload> uploads, boolean needsContact) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (s.kind() == null) {
			problems.put("kind", Problem.of("pengaduan.kind-required"));
		}
		if (s.categoryCode() == null || s.categoryCode().isBlank()) {
			problems.put("category", Problem.of("pengaduan.category-required"));
		}
		else if (categories.activeLeaf(s.categoryCode()).isEmpty()) {
			problems.put("category", Problem.of("pengaduan.category-unknown"));
		}
		if (blank(s.title())) {
			problems.put("title", Problem.of("pengaduan.title-required"));
		}
		else if (s.title().strip().length() > TITLE_MAX) {
			problems.put("title", Problem.of("pengaduan.title-too-long", TITLE_MAX));
		}
		if (blank(s.description())) {
			problems.put("description", Problem.of("pengaduan.description-required"));
		}
		else if (s.description().strip().length() > DESCRIPTION_MAX) {
			problems.put("description", Problem.of("pengaduan.description-too-long", DESCRIPTION_MAX));
		}
		boolean point = s.latitude() != null && s.longitude() != null;
		if ((s.latitude() == null) != (s.longitude() == null)
				|| (point && (Math.abs(s.latitude()) > 90 || Math.abs(s.longitude()) > 180))) {
			problems.put("location", Problem.of("pengaduan.point-invalid"));
		}
		if (s.kelurahanId() != null && kelurahan(s.kelurahanId()).isEmpty()) {
			problems.put("kelurahan", Problem.of("pengaduan.kelurahan-unknown"));
		}
		if (!point && blank(s.address()) && !problems.containsKey("location")) {
			problems.put("address", Problem.of("pengaduan.location-required"));
		}
		if (!blank(s.reporterEmail()) && !Notification.isEmailAddress(s.reporterEmail())) {
			problems.put("email", Problem.of("pengaduan.email-invalid"));
		}
		if (needsContact && s.reporterAccountId() == null && blank(s.reporterEmail()) && !problems.containsKey("email")) {
			problems.put("email", Problem.of("pengaduan.email-required"));
		}
		long files = uploads.stream().filter(Photos::present).count();
		if (files > Photos.MAX_FILES) {
			problems.put("files", Problem.of("pengaduan.too-many-files", Photos.MAX_FILES));
		}
		return problems;
	}

	Optional<UnitView> kelurahan(long id) {
		return units.find(id).filter(u -> u.active() && (u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA));
	}

	/** The {@code Complaints} contract: refusals as a {@link PolicyViolation} with the first problem's code. */
	ComplaintReceipt submit(ComplaintSubmission submission) {
		Outcome outcome = file(submission, List.of(), List.of(), false);
		if (!outcome.succeeded()) {
			Problem first = outcome.problems().values().iterator().next();
			throw new PolicyViolation(first.code(), first.argArray());
		}
		return outcome.receipt();
	}

	/** Files a report with its uploads (web form, API). A repeat with the same key returns the first receipt. */
	Outcome file(ComplaintSubmission submission, List<Upload> uploads, List<StoredFile> alreadyStored,
			boolean needsContact) {
		if (blank(submission.channel()) || blank(submission.idempotencyKey())) {
			throw new PolicyViolation("pengaduan.idempotency-key-required");
		}
		Optional<Complaint> earlier = repository.findByKey(submission.channel(), submission.idempotencyKey());
		if (earlier.isPresent()) {
			return new Outcome(receipt(earlier.get(), false), Map.of());
		}
		Map<String, Problem> problems = validate(submission, uploads, needsContact);
		if (!problems.isEmpty()) {
			return new Outcome(null, problems);
		}
		Categories.Row category = categories.row(submission.categoryCode()).orElseThrow();
		Outcome done = transactions.execute(tx -> {
			Instant now = clock.instant();
			WorkingCalendar cal = calendar.snapshot();
			String number = TrackingNumbers.format(cal.dateOf(now).getYear(), repository.nextNumber());
			Complaint c = Complaint.received(UUID.randomUUID(), number, submission.channel(),
					submission.idempotencyKey(), submission.kind(), category.code(), category.name(),
					submission.title().strip(), submission.description().strip(), submission.latitude(),
					submission.longitude(), submission.kelurahanId(), trimOrNull(submission.address()),
					submission.anonim(), submission.rahasia(), submission.reporterAccountId(),
					trimOrNull(submission.reporterName()), trimOrNull(submission.reporterEmail()),
					trimOrNull(submission.reporterPhone()), trimOrNull(submission.mediaUrl()), now, budgets);
			String token = submission.reporterAccountId() == null ? newToken() : null;
			if (!repository.insertIfNew(c, c.deadline(cal), token)) {
				// A concurrent try with the same key won; report its receipt.
				tx.setRollbackOnly();
				return null;
			}
			Actor actor = submission.reporterAccountId() != null ? Actor.citizen("warga-" + submission.reporterAccountId())
					: new Actor(submission.channel(), null, null);
			long actionId = repository.log(c.id, now, actor, "pengaduan.submitted", c.status, null, "diterima", null);
			for (StoredFile stored : alreadyStored) {
				repository.attach(c.id, actionId, stored.id(), stored.originalName(), stored.mediaType(), now);
			}
			Map<String, Problem> fileProblems = new LinkedHashMap<>();
			for (Upload upload : uploads) {
				if (!Photos.present(upload)) {
					continue;
				}
				try {
					StoredFile stored = photos.store(upload);
					repository.attach(c.id, actionId, stored.id(), stored.originalName(), stored.mediaType(), now);
				}
				catch (PolicyViolation refused) {
					fileProblems.putIfAbsent("files", Problem.of(refused));
				}
			}
			if (!fileProblems.isEmpty()) {
				tx.setRollbackOnly();
				return new Outcome(null, fileProblems);
			}
			events.publishEvent(new ComplaintSubmitted(c.id, number, c.categoryCode, actor, now));
			notifier.received(c, token);
			return new Outcome(receipt(c, true), Map.of());
		});
		return done != null ? done
				: new Outcome(receipt(repository.findByKey(submission.channel(), submission.idempotencyKey())
					.orElseThrow(), false), Map.of());
	}

	// --- guests --------------------------------------------------------------------------------------------------

	/**
	 * Checks a guest's report, keeps it (and its cleaned photos) as pending and e-mails a six-digit code. Nothing is
	 * a report until {@link #confirmGuest} succeeds.
	 */
	GuestStart startGuest(ComplaintSubmission submission, List<Upload> uploads) {
		Map<String, Problem> problems = validate(submission, uploads, true);
		if (!problems.isEmpty()) {
			return new GuestStart(null, problems);
		}
		GuestStart started = transactions.execute(tx -> {
			Instant now = clock.instant();
			List<String> fileIds = new ArrayList<>();
			for (Upload upload : uploads) {
				if (!Photos.present(upload)) {
					continue;
				}
				try {
					fileIds.add(photos.store(upload).id().toString());
				}
				catch (PolicyViolation refused) {
					tx.setRollbackOnly();
					return new GuestStart(null, Map.of("files", Problem.of(refused)));
				}
			}
			UUID id = UUID.randomUUID();
			String code = String.format("%06d", RANDOM.nextInt(1_000_000));
			jdbc.sql("""
					INSERT INTO pengaduan_tamu (id, email, code_hash, submission, file_ids, created_at, expires_at)
					VALUES (:id, :email, :hash, CAST(:submission AS jsonb), :files, :now, :expires)""")
				.param("id", id)
				.param("email", submission.reporterEmail().strip())
				.param("hash", hash(id, code))
				.param("submission", json.writeValueAsString(submission))
				.param("files", String.join(",", fileIds))
				.param("now", ComplaintRepository.ts(now))
				.param("expires", ComplaintRepository.ts(now.plus(CODE_VALIDITY)))
				.update();
			notifier.guestCode(submission.reporterEmail().strip(), code, CODE_VALIDITY);
			return new GuestStart(id, Map.of());
		});
		return started;
	}

	/** Whether a pending guest report exists and may still be confirmed. */
	boolean guestPending(UUID pendingId) {
		return jdbc.sql("SELECT count(*) FROM pengaduan_tamu WHERE id = :id AND complaint_id IS NULL")
			.param("id", pendingId)
			.query(Long.class)
			.single() > 0;
	}

	/** Files the pending report when the code matches (at most five tries, within 30 minutes). */
	Outcome confirmGuest(UUID pendingId, String code) {
		record Pending(String codeHash, String submission, String fileIds, int attempts, Instant expiresAt,
				UUID complaintId) {
		}
		Pending pending = jdbc.sql("SELECT * FROM pengaduan_tamu WHERE id = :id")
			.param("id", pendingId)
			.query((rs, i) -> new Pending(rs.getString("code_hash"), rs.getString("submission"),
					rs.getString("file_ids"), rs.getInt("attempts"), ComplaintRepository.instant(rs, "expires_at"),
					rs.getObject("complaint_id", UUID.class)))
			.optional()
			.orElseThrow(NotFound::new);
		if (pending.complaintId() != null) {
			return new Outcome(receipt(repository.find(pending.complaintId()).orElseThrow(), false), Map.of());
		}
		if (!clock.instant().isBefore(pending.expiresAt())) {
			return new Outcome(null, Map.of("code", Problem.of("pengaduan.code-expired")));
		}
		if (pending.attempts() >= CODE_ATTEMPTS) {
			return new Outcome(null, Map.of("code", Problem.of("pengaduan.code-too-many-attempts")));
		}
		String given = code == null ? "" : code.strip();
		if (!MessageDigest.isEqual(hash(pendingId, given).getBytes(StandardCharsets.US_ASCII),
				pending.codeHash().getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("UPDATE pengaduan_tamu SET attempts = attempts + 1 WHERE id = :id").param("id", pendingId).update();
			return new Outcome(null, Map.of("code", Problem.of("pengaduan.code-wrong")));
		}
		ComplaintSubmission submission = json.readValue(pending.submission(), ComplaintSubmission.class);
		List<StoredFile> stored = new ArrayList<>();
		for (String fileId : pending.fileIds().split(",")) {
			if (!fileId.isBlank()) {
				photos.find(UUID.fromString(fileId)).ifPresent(stored::add);
			}
		}
		Outcome outcome = file(submission, List.of(), stored, true);
		if (outcome.succeeded()) {
			jdbc.sql("UPDATE pengaduan_tamu SET complaint_id = :c WHERE id = :id")
				.param("c", outcome.receipt().complaintId())
				.param("id", pendingId)
				.update();
		}
		return outcome;
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	static ComplaintReceipt receipt(Complaint c, boolean created) {
		return new ComplaintReceipt(c.id, c.trackingNumber, created);
	}

	private static String hash(UUID id, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String newToken() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String trimOrNull(String s) {
		return blank(s) ? null : s.strip();
	}
}
