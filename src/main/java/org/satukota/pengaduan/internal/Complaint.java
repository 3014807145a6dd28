package org.satukota.pengaduan.internal;

import java.time.Instant;
import java.util.UUID;

import org.satukota.calendar.SlaClock;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.shared.PolicyViolation;

/**
 * A report and its life: each stage (verification, OPD follow-up, reporter's reply) runs its own working-day clock
 * with its own budget, numbered by {@code stageSeq} so that each missed deadline escalates once. State changes only
 * through the methods below; each refuses with a {@link PolicyViolation} when the report is not in a stage that
 * allows it.
 */
final class Complaint {

	final UUID id;

	final String trackingNumber;

	final String channel;

	final String idempotencyKey;

	final ComplaintKind kind;

	String categoryCode;

	String categoryName;

	final String title;

	final String description;

	final Double latitude;

	final Double longitude;

	final Long kelurahanId;

	final String address;

	boolean anonim;

	boolean rahasia;

	final Long reporterAccountId;

	final String reporterName;

	final String reporterEmail;

	final String reporterPhone;

	final String mediaUrl;

	Status status;

	int stageSeq;

	int escalationLevel;

	SlaClock clock;

	int budget;

	String statusNote;

	String question;

	UUID duplicateOf;

	final Instant submittedAt;

	Instant updatedAt;

	Instant disposedAt;

	Instant firstResponseAt;

	Instant answeredAt;

	Boolean answeredOnTime;

	Instant closedAt;

	int reopenedCount;

	Integer rating;

	String ratingComment;

	int supportCount;

	Complaint(UUID id, String trackingNumber, String channel, String idempotencyKey, ComplaintKind kind,
			String categoryCode, String categoryName, String title, String description, Double latitude,
			Double longitude, Long kelurahanId, String address, boolean anonim, boolean rahasia, Long reporterAccountId,
			String reporterName, String reporterEmail, String reporterPhone, String mediaUrl, Status status,
			int stageSeq, int escalationLevel, SlaClock clock, int budget, Instant submittedAt, Instant updatedAt) {
		this.id = id;
		this.trackingNumber = trackingNumber;
		this.channel = channel;
		this.idempotencyKey = idempotencyKey;
		this.kind = kind;
		this.categoryCode = categoryCode;
		this.categoryName = categoryName;
		this.title = title;
		this.description = description;
		this.latitude = latitude;
		this.longitude = longitude;
		this.kelurahanId = kelurahanId;
		this.address = address;
		this.anonim = anonim;
		this.rahasia = rahasia;
		this.reporterAccountId = reporterAccountId;
		this.reporterName = reporterName;
		this.reporterEmail = reporterEmail;
		this.reporterPhone = reporterPhone;
		this.mediaUrl = mediaUrl;
		this.status = status;
		this.stageSeq = stageSeq;
		this.escalationLevel = escalationLevel;
		this.clock = clock;
		this.budget = budget;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
	}

	/** A new report waiting for verification; its verification clock starts now. */
	static Complaint received(UUID id, String trackingNumber, String channel, String idempotencyKey,
			ComplaintKind kind, String categoryCode, String categoryName, String title, String description,
			Double latitude, Double longitude, Long kelurahanId, String address, boolean anonim, boolean rahasia,
			Long reporterAccountId, String reporterName, String reporterEmail, String reporterPhone, String mediaUrl,
			Instant now, Budgets budgets) {
		return new Complaint(id, trackingNumber, channel, idempotencyKey, kind, categoryCode, categoryName, title,
				description, latitude, longitude, kelurahanId, address, anonim, rahasia, reporterAccountId,
				reporterName, reporterEmail, reporterPhone, mediaUrl, Status.DITERIMA, 1, 0, SlaClock.start(now),
				budgets.verification, now, now);
	}

	boolean isClosed() {
		return status.closed();
	}

	/** The deadline of the current stage; {@code null} when closed or while the clock is paused. */
	Instant deadline(WorkingCalendar calendar) {
		if (isClosed()) {
			return null;
		}
		return clock.deadline(budget, calendar).orElse(null);
	}

	/**
	 * When the deadline scan must look at this report next: the deadline, then (after the first escalation) the
	 * second escalation level's moment; {@code null} when nothing more can happen by itself.
	 */
	Instant nextCheck(WorkingCalendar calendar, Budgets budgets) {
		if (isClosed() || clock.isPaused()) {
			return null;
		}
		if (status == Status.MENUNGGU_TANGGAPAN || escalationLevel == 0) {
			return deadline(calendar);
		}
		if (escalationLevel == 1) {
			return clock.deadline(budget + budgets.secondEscalationAfter, calendar).orElse(null);
		}
		return null;
	}

	boolean isOverdue(Instant now, WorkingCalendar calendar) {
		return !isClosed() && status != Status.MENUNGGU_TANGGAPAN && clock.isOverdue(budget, now, calendar);
	}

	// --- coordinator -------------------------------------------------------------------------------------------

	void dispose(Instant now, Budgets budgets) {
		require(status == Status.DITERIMA, "pengaduan.cannot-dispose");
		disposedAt = now;
		question = null;
		nextStage(Status.DIDISPOSISI, budgets.opdFollowUp, now);
	}

	void hold(String askedQuestion, Instant now) {
		require(status == Status.DITERIMA, "pengaduan.cannot-hold");
		requireText(askedQuestion, "pengaduan.question-required");
		question = askedQuestion.strip();
		clock = clock.pause(now, question);
		status = Status.DITUNDA;
		updatedAt = now;
	}

	/** The reporter answered the coordinator's question: verification runs on where it stopped. */
	void resumeWithAnswer(Instant now, WorkingCalendar calendar) {
		require(status == Status.DITUNDA, "pengaduan.not-waiting-for-answer");
		clock = clock.resume(now, calendar);
		status = Status.DITERIMA;
		updatedAt = now;
	}

	void rejectAsNotCompetent(String referral, Instant now) {
		require(status == Status.DITERIMA || status == Status.DITUNDA, "pengaduan.cannot-close-here");
		requireText(referral, "pengaduan.referral-required");
		close(Status.BUKAN_WEWENANG, referral.strip(), now);
	}

	void archive(String reason, Instant now) {
		require(status == Status.DITERIMA || status == Status.DITUNDA, "pengaduan.cannot-close-here");
		requireText(reason, "pengaduan.reason-required");
		close(Status.ARSIP, reason.strip(), now);
	}

	void mergeInto(Complaint original, Instant now) {
		require(status == Status.DITERIMA || status == Status.DITUNDA, "pengaduan.cannot-close-here");
		if (original.id.equals(id) || original.duplicateOf != null) {
			throw new PolicyViolation("pengaduan.duplicate-original-invalid");
		}
		duplicateOf = original.id;
		close(Status.DUPLIKAT, original.trackingNumber, now);
	}

	/** The coordinator may make a report more private during verification, never expose one silently. */
	void setPrivacy(boolean newAnonim, boolean newRahasia, Instant now) {
		require(!isClosed(), "pengaduan.closed");
		anonim = newAnonim;
		rahasia = newRahasia;
		updatedAt = now;
	}

	// --- OPD ---------------------------------------------------------------------------------------------------

	void accepted(Instant now) {
		require(status.withOpd(), "pengaduan.not-with-opd");
		if (status == Status.DIDISPOSISI) {
			status = Status.DITINDAKLANJUTI;
		}
		respond(now);
	}

	void progressed(Instant now) {
		require(status.withOpd(), "pengaduan.not-with-opd");
		if (status == Status.DIDISPOSISI) {
			status = Status.DITINDAKLANJUTI;
		}
		respond(now);
	}

	/**
	 * One OPD answered. When every OPD still holding it has answered, it waits for the reporter; whether the answer
	 * met the OPD deadline is kept for the figures.
	 */
	void answered(String answer, boolean allAnswered, Instant now, WorkingCalendar calendar, Budgets budgets) {
		require(status.withOpd(), "pengaduan.not-with-opd");
		requireText(answer, "pengaduan.answer-required");
		respond(now);
		statusNote = answer.strip();
		if (allAnswered) {
			boolean onTime = !clock.isOverdue(budget, now, calendar);
			answeredOnTime = answeredOnTime == null ? onTime : answeredOnTime && onTime;
			answeredAt = now;
			nextStage(Status.MENUNGGU_TANGGAPAN, budgets.reporterReply, now);
		}
		else {
			updatedAt = now;
		}
	}

	/** Every OPD handed it back as wrongly routed: the coordinator verifies it again. */
	void returnedToCoordinator(Instant now, Budgets budgets) {
		require(status.withOpd(), "pengaduan.not-with-opd");
		nextStage(Status.DITERIMA, budgets.verification, now);
	}

	// --- reporter ----------------------------------------------------------------------------------------------

	void rate(int stars, String comment, Instant now) {
		require(status == Status.MENUNGGU_TANGGAPAN || status == Status.SELESAI, "pengaduan.cannot-rate");
		if (stars < 1 || stars > 5) {
			throw new PolicyViolation("pengaduan.rating-range");
		}
		rating = stars;
		ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
		if (status == Status.MENUNGGU_TANGGAPAN) {
			close(Status.SELESAI, statusNote, now);
		}
		else {
			updatedAt = now;
		}
	}

	/** The reporter's reply keeps the conversation going: their 10-working-day window starts again. */
	void reporterReplied(Instant now, Budgets budgets) {
		require(status == Status.MENUNGGU_TANGGAPAN, "pengaduan.cannot-reply");
		nextStage(Status.MENUNGGU_TANGGAPAN, budgets.reporterReply, now);
	}

	void reopen(Instant now, WorkingCalendar calendar, Budgets budgets) {
		boolean answeredStage = status == Status.MENUNGGU_TANGGAPAN;
		boolean closedAfterAnswer = status == Status.SELESAI && answeredAt != null;
		require(answeredStage || closedAfterAnswer, "pengaduan.cannot-reopen");
		Instant since = answeredStage ? answeredAt : closedAt;
		if (calendar.workingDaysBetween(since, now) > budgets.reopenWindow) {
			throw new PolicyViolation("pengaduan.reopen-window-passed", budgets.reopenWindow);
		}
		reopenedCount++;
		closedAt = null;
		rating = null;
		ratingComment = null;
		nextStage(Status.DIBUKA_KEMBALI, budgets.opdFollowUp, now);
	}

	// --- scheduled -----------------------------------------------------------------------------------------------

	/** Silence: the reporter did not react within their window. */
	void closeForSilence(Instant now, WorkingCalendar calendar) {
		require(status == Status.MENUNGGU_TANGGAPAN, "pengaduan.cannot-close-here");
		if (!clock.isOverdue(budget, now, calendar)) {
			throw new PolicyViolation("pengaduan.reporter-window-open");
		}
		close(Status.SELESAI, statusNote, now);
	}

	/** Raises the escalation level of the current stage; {@code false} if it was already at least that high. */
	boolean escalateTo(int level, Instant now) {
		if (level <= escalationLevel) {
			return false;
		}
		escalationLevel = level;
		updatedAt = now;
		return true;
	}

	// --- internals -----------------------------------------------------------------------------------------------

	private void respond(Instant now) {
		if (firstResponseAt == null) {
			firstResponseAt = now;
		}
		updatedAt = now;
	}

	private void nextStage(Status next, int stageBudget, Instant now) {
		status = next;
		stageSeq++;
		escalationLevel = 0;
		clock = SlaClock.start(now);
		budget = stageBudget;
		updatedAt = now;
	}

	private void close(Status outcome, String note, Instant now) {
		status = outcome;
		statusNote = note;
		question = null;
		if (clock.isPaused()) {
			clock = new SlaClock(clock.startedAt(), clock.pausedWorkingDays(), null, null);
		}
		closedAt = now;
		updatedAt = now;
	}

	private static void require(boolean condition, String code) {
		if (!condition) {
			throw new PolicyViolation(code);
		}
	}

	private static void requireText(String text, String code) {
		if (text == null || text.isBlank()) {
			throw new PolicyViolation(code);
		}
	}
}
