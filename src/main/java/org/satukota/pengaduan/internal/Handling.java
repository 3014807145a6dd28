package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.satukota.account.Role;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintActionTaken;
import org.satukota.pengaduan.ComplaintAnswered;
import org.satukota.pengaduan.ComplaintClosed;
import org.satukota.pengaduan.ComplaintDisposed;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.satukota.survei.SurveySubject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decisions on a report after it was filed, by the coordinator, the OPD liaison, the reporter and the deadline
 * scan. Each is one transaction: lock the report, let the aggregate change state (or refuse), store it with its new
 * deadline, append to the action log, publish the audited event, notify.
 */
@Service
class Handling {

	private final ComplaintRepository repository;

	private final Units units;

	private final Photos photos;

	private final Notifier notifier;

	private final WorkingCalendar calendar;

	private final Budgets budgets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ObjectProvider<SurveyInvitations> surveys;

	private final Clock clock;

	Handling(ComplaintRepository repository, Units units, Photos photos, Notifier notifier, WorkingCalendar calendar,
			Budgets budgets, ApplicationEventPublisher events, TransactionTemplate transactions,
			ObjectProvider<SurveyInvitations> surveys, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.photos = photos;
		this.notifier = notifier;
		this.calendar = calendar;
		this.budgets = budgets;
		this.events = events;
		this.transactions = transactions;
		this.surveys = surveys;
		this.clock = clock;
	}

	// --- coordinator ---------------------------------------------------------------------------------------------

	void dispose(UUID id, List<Long> opdIds, String note, Actor actor) {
		Set<Long> opds = new LinkedHashSet<>(opdIds == null ? List.of() : opdIds);
		if (opds.isEmpty()) {
			throw new PolicyViolation("pengaduan.opd-required");
		}
		for (Long opd : opds) {
			units.find(opd).filter(u -> u.active() && u.type() == UnitType.OPD)
				.orElseThrow(() -> new PolicyViolation("pengaduan.opd-unknown"));
		}
		act(id, c -> {
			Instant now = clock.instant();
			c.dispose(now, budgets);
			List<String> names = new ArrayList<>();
			for (Long opd : opds) {
				repository.dispose(c.id, opd, actor.username(), now);
				names.add(units.find(opd).map(UnitView::name).orElse(""));
			}
			repository.log(c.id, now, actor, "pengaduan.disposed", c.status, null, "disposisi:" + String.join(", ", names),
					blankToNull(note));
			events.publishEvent(new ComplaintDisposed(c.id, List.copyOf(opds), actor, now));
			for (Long opd : opds) {
				notifier.staff(Role.ADMIN_PENGHUBUNG_OPD, opd, c, "pengaduan-disposisi");
			}
		});
	}

	void hold(UUID id, String question, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			c.hold(question, now);
			repository.log(c.id, now, actor, "pengaduan.held", c.status, null, "ditunda", c.question);
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.held", actor, now, c.question));
			notifier.held(c, repository.reporterToken(c.id).orElse(null));
		});
	}

	void notCompetent(UUID id, String referral, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			c.rejectAsNotCompetent(referral, now);
			closed(c, actor, now, "bukan-wewenang:" + c.statusNote, c.statusNote);
		});
	}

	void archive(UUID id, String reason, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			c.archive(reason, now);
			// Why a report was archived (spam, abuse) is for staff only.
			closed(c, actor, now, "arsip", c.statusNote);
		});
	}

	void markDuplicate(UUID id, String originalNumber, Actor actor) {
		Complaint original = repository.findByNumber(originalNumber)
			.orElseThrow(() -> new PolicyViolation("pengaduan.duplicate-original-invalid"));
		act(id, c -> {
			Instant now = clock.instant();
			c.mergeInto(original, now);
			closed(c, actor, now, "duplikat:" + original.trackingNumber, original.trackingNumber);
		});
	}

	void setPrivacy(UUID id, boolean anonim, boolean rahasia, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			c.setPrivacy(anonim, rahasia, now);
			String what = "anonim=" + anonim + ", rahasia=" + rahasia;
			repository.log(c.id, now, actor, "pengaduan.privacy-changed", c.status, null, null, what);
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.privacy-changed", actor, now, what));
		});
	}

	// --- OPD liaison ---------------------------------------------------------------------------------------------

	void accept(UUID id, long opdId, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			Disposition d = activeDisposition(c, opdId);
			c.accepted(now);
			if (!"DITERIMA".equals(d.status())) {
				repository.setDisposition(c.id, opdId, "DITERIMA", now);
			}
			repository.log(c.id, now, actor, "pengaduan.accepted", c.status, opdId, "diterima-opd", null);
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.accepted", actor, now, null));
		});
	}

	void progress(UUID id, long opdId, String note, List<Upload> uploads, Actor actor) {
		if (note == null || note.isBlank()) {
			throw new PolicyViolation("pengaduan.note-required");
		}
		act(id, c -> {
			Instant now = clock.instant();
			Disposition d = activeDisposition(c, opdId);
			c.progressed(now);
			if ("DIDISPOSISI".equals(d.status())) {
				repository.setDisposition(c.id, opdId, "DITERIMA", now);
			}
			long action = repository.log(c.id, now, actor, "pengaduan.progress", c.status, opdId, note.strip(), null);
			attach(c, action, uploads, now);
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.progress", actor, now, null));
		});
	}

	/** Passes the report to a unit below the OPD, or to a named liaison of the OPD. */
	void forward(UUID id, long opdId, Long unitId, String username, String note, Actor actor) {
		long target = unitId == null ? opdId : unitId;
		if (!units.isWithin(target, opdId) || units.find(target).filter(UnitView::active).isEmpty()) {
			throw new PolicyViolation("pengaduan.forward-outside-opd");
		}
		act(id, c -> {
			Instant now = clock.instant();
			activeDisposition(c, opdId);
			c.progressed(now);
			repository.assign(c.id, opdId, target, blankToNull(username));
			String to = units.find(target).map(UnitView::name).orElse("") + (username == null || username.isBlank() ? ""
					: " (" + username.strip() + ")");
			repository.log(c.id, now, actor, "pengaduan.forwarded", c.status, opdId, null,
					to + (note == null || note.isBlank() ? "" : ": " + note.strip()));
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.forwarded", actor, now, to));
		});
	}

	void handBack(UUID id, long opdId, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new PolicyViolation("pengaduan.reason-required");
		}
		act(id, c -> {
			Instant now = clock.instant();
			activeDisposition(c, opdId);
			repository.setDisposition(c.id, opdId, "DIKEMBALIKAN", now);
			boolean othersHoldIt = repository.dispositions(c.id).stream()
				.anyMatch(d -> d.opdId() != opdId && d.active());
			if (!othersHoldIt) {
				c.returnedToCoordinator(now, budgets);
			}
			repository.log(c.id, now, actor, "pengaduan.handed-back", c.status, opdId, null, reason.strip());
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.handed-back", actor, now, reason.strip()));
			if (!othersHoldIt) {
				notifier.staff(Role.ADMIN_PENGADUAN, units.city().id(), c, "pengaduan-eskalasi");
			}
		});
	}

	void answer(UUID id, long opdId, String answer, List<Upload> uploads, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			List<Disposition> dispositions = repository.dispositions(c.id);
			activeDisposition(dispositions, opdId);
			boolean allAnswered = dispositions.stream()
				.filter(d -> d.active() && d.opdId() != opdId)
				.allMatch(Disposition::answered);
			c.answered(answer, allAnswered, now, calendar.snapshot(), budgets);
			repository.setDisposition(c.id, opdId, "DIJAWAB", now);
			long action = repository.log(c.id, now, actor, "pengaduan.answered", c.status, opdId, c.statusNote, null);
			attach(c, action, uploads, now);
			events.publishEvent(new ComplaintAnswered(c.id, opdId, actor, now));
			if (allAnswered) {
				notifier.answered(c, repository.reporterToken(c.id).orElse(null));
			}
		});
	}

	// --- reporter ------------------------------------------------------------------------------------------------

	void reply(UUID id, String text, Actor actor) {
		if (text == null || text.isBlank()) {
			throw new PolicyViolation("pengaduan.reply-required");
		}
		act(id, c -> {
			Instant now = clock.instant();
			if (c.status == Status.DITUNDA) {
				c.resumeWithAnswer(now, calendar.snapshot());
			}
			else if (c.status == Status.MENUNGGU_TANGGAPAN) {
				c.reporterReplied(now, budgets);
			}
			else if (c.isClosed()) {
				throw new PolicyViolation("pengaduan.closed");
			}
			else {
				c.updatedAt = now;
			}
			// The reporter's words stay out of the public timeline: they may carry personal details.
			repository.log(c.id, now, actor, "pengaduan.reporter-replied", c.status, null, null, text.strip());
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.reporter-replied", actor, now, null));
		});
	}

	void rate(UUID id, int stars, String comment, Actor actor) {
		act(id, c -> {
			Instant now = clock.instant();
			boolean closes = c.status == Status.MENUNGGU_TANGGAPAN;
			c.rate(stars, comment, now);
			repository.log(c.id, now, actor, "pengaduan.rated", c.status, null, "nilai:" + stars, c.ratingComment);
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.rated", actor, now, String.valueOf(stars)));
			if (closes) {
				closed(c, actor, now, null, null);
			}
		});
	}

	void reopen(UUID id, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new PolicyViolation("pengaduan.reason-required");
		}
		act(id, c -> {
			Instant now = clock.instant();
			c.reopen(now, calendar.snapshot(), budgets);
			repository.reactivateAnswered(c.id);
			repository.log(c.id, now, actor, "pengaduan.reopened", c.status, null, "dibuka-kembali", reason.strip());
			events.publishEvent(new ComplaintActionTaken(c.id, "pengaduan.reopened", actor, now, reason.strip()));
			for (Disposition d : repository.dispositions(c.id)) {
				if (d.active()) {
					notifier.staff(Role.ADMIN_PENGHUBUNG_OPD, d.opdId(), c, "pengaduan-disposisi");
				}
			}
		});
	}

	/** "Saya juga mengalami": counted once per supporter; public, non-rahasia reports only. */
	boolean support(String trackingNumber, String supporter) {
		Complaint c = repository.findByNumber(trackingNumber).filter(found -> !found.rahasia).orElseThrow(NotFound::new);
		Boolean added = transactions.execute(tx -> repository.support(c.id, supporter, clock.instant()));
		return Boolean.TRUE.equals(added);
	}

	// --- shared --------------------------------------------------------------------------------------------------

	/** Locks, applies and stores; the change and its log entry commit together or not at all. */
	void act(UUID id, Consumer<Complaint> change) {
		transactions.executeWithoutResult(tx -> {
			Complaint c = repository.lock(id).orElseThrow(NotFound::new);
			change.accept(c);
			WorkingCalendar cal = calendar.snapshot();
			repository.update(c, c.deadline(cal), c.nextCheck(cal, budgets));
		});
	}

	/**
	 * Records a closing in the log, publishes {@link ComplaintClosed}, invites the reporter to the satisfaction
	 * survey when the matter was handled (selesai) and e-mails them.
	 */
	void closed(Complaint c, Actor actor, Instant now, String publicText, String reason) {
		repository.log(c.id, now, actor, "pengaduan.closed", c.status, null,
				publicText == null ? "selesai" : publicText, reason);
		events.publishEvent(new ComplaintClosed(c.id, c.status.name(), actor, now, reason));
		String surveyPath = null;
		if (c.status == Status.SELESAI) {
			SurveyInvitations invitations = surveys.getIfAvailable();
			if (invitations != null) {
				long unit = repository.dispositions(c.id).stream().findFirst().map(Disposition::opdId)
					.orElse(units.city().id());
				SurveyInvitation invitation = invitations
					.inviteFor(new SurveySubject("pengaduan", c.id.toString(), unit, c.categoryCode, c.categoryName));
				surveyPath = invitation.answered() ? null : invitation.path();
			}
		}
		notifier.closed(c, repository.reporterToken(c.id).orElse(null), surveyPath);
	}

	private Disposition activeDisposition(Complaint c, long opdId) {
		return activeDisposition(repository.dispositions(c.id), opdId);
	}

	private static Disposition activeDisposition(List<Disposition> dispositions, long opdId) {
		return dispositions.stream()
			.filter(d -> d.opdId() == opdId && d.active())
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	private void attach(Complaint c, long actionId, List<Upload> uploads, Instant now) {
		if (uploads == null) {
			return;
		}
		long count = uploads.stream().filter(Photos::present).count();
		if (count > Photos.MAX_FILES) {
			throw new PolicyViolation("pengaduan.too-many-files", Photos.MAX_FILES);
		}
		for (Upload upload : uploads) {
			if (Photos.present(upload)) {
				StoredFile stored = photos.store(upload);
				repository.attach(c.id, actionId, stored.id(), stored.originalName(), stored.mediaType(), now);
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
