package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.internal.Records.Action;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds what the pages show of a report, for one audience at a time. */
@Component
class Views {

	/** Who is looking decides what of the reporter and of the log is shown. */
	enum Audience {
		PUBLIC, REPORTER, COORDINATOR, OPD
	}

	record TimelineEntry(long id, Instant at, String text, String opdName, String internalText, String actor,
			String action, List<Attachment> files) {
	}

	record DispositionView(long opdId, String opdName, String status, String assignedUnitName,
			String assignedUsername) {
	}

	record ComplaintView(Complaint c, String kelurahanName, String reporterName, String reporterEmail,
			String reporterPhone, List<DispositionView> dispositions, List<TimelineEntry> timeline,
			List<Attachment> files, LocalDate dueDate, boolean overdue, boolean paused, String surveyPath,
			boolean canReopen, String duplicateOfNumber, Audience audience) {

		public String status() {
			return c.status.name();
		}

		public boolean showPrivate() {
			return audience != Audience.PUBLIC;
		}
	}

	private final ComplaintRepository repository;

	private final PublicReports publicReports;

	private final Units units;

	private final WorkingCalendar calendar;

	private final Budgets budgets;

	private final ObjectProvider<SurveyInvitations> surveys;

	private final Clock clock;

	Views(ComplaintRepository repository, PublicReports publicReports, Units units, WorkingCalendar calendar,
			Budgets budgets, ObjectProvider<SurveyInvitations> surveys, Clock clock) {
		this.repository = repository;
		this.publicReports = publicReports;
		this.units = units;
		this.calendar = calendar;
		this.budgets = budgets;
		this.surveys = surveys;
		this.clock = clock;
	}

	ComplaintView of(Complaint c, Audience audience) {
		return of(new Dossier(c, repository.dispositions(c.id), repository.attachments(c.id), repository.actions(c.id)),
				audience);
	}

	/** As {@link #of(Complaint, Audience)}, from a report read together with everything its page shows. */
	ComplaintView of(Dossier dossier, Audience audience) {
		Complaint c = dossier.complaint();
		WorkingCalendar cal = calendar.snapshot();
		Instant now = clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		List<Attachment> files = dossier.files();
		Map<Long, List<Attachment>> byAction = files.stream()
			.filter(a -> a.actionId() != null)
			.collect(Collectors.groupingBy(Attachment::actionId));
		List<TimelineEntry> timeline = new ArrayList<>();
		for (Action a : dossier.actions()) {
			boolean staff = audience == Audience.COORDINATOR || audience == Audience.OPD;
			if (!a.isPublic() && !staff && !(audience == Audience.REPORTER && reporterSees(a))) {
				continue;
			}
			String opdName = a.opdId() == null ? null : units.find(a.opdId()).map(UnitView::name).orElse(null);
			// Reporters' own replies are shown to staff, but an anonim reporter's account name is not.
			String actor = !staff ? null
					: ("WARGA".equals(a.actorRole()) && (c.anonim && audience == Audience.OPD)) ? "-" : a.actorUsername();
			timeline.add(new TimelineEntry(a.id(), a.at(), publicReports.timelineText(a, locale), opdName,
					staff || audience == Audience.REPORTER ? a.internalText() : null, actor, a.action(),
					byAction.getOrDefault(a.id(), List.of())));
		}
		List<DispositionView> dispositions = new ArrayList<>();
		for (Disposition d : dossier.dispositions()) {
			dispositions.add(new DispositionView(d.opdId(), units.find(d.opdId()).map(UnitView::name).orElse(""),
					d.status(), units.find(d.assignedUnitId()).map(UnitView::name).orElse(""), d.assignedUsername()));
		}
		Instant deadline = c.deadline(cal);
		boolean showReporter = audience == Audience.COORDINATOR || audience == Audience.REPORTER
				|| (audience == Audience.OPD && !c.anonim);
		String name = showReporter ? c.reporterName : (audience == Audience.PUBLIC && !c.anonim
				? PublicReports.firstName(c.reporterName) : null);
		String surveyPath = null;
		if (c.status == Status.SELESAI && audience == Audience.REPORTER) {
			SurveyInvitations invitations = surveys.getIfAvailable();
			if (invitations != null) {
				surveyPath = invitations.find("pengaduan", c.id.toString())
					.filter(i -> !i.answered())
					.map(SurveyInvitation::path)
					.orElse(null);
			}
		}
		boolean canReopen = false;
		if (c.status == Status.MENUNGGU_TANGGAPAN || (c.status == Status.SELESAI && c.answeredAt != null)) {
			Instant since = c.status == Status.MENUNGGU_TANGGAPAN ? c.answeredAt : c.closedAt;
			canReopen = since != null && cal.workingDaysBetween(since, now) < budgets.reopenWindow;
		}
		String duplicateOf = c.duplicateOf == null ? null
				: repository.find(c.duplicateOf).map(o -> o.trackingNumber).orElse(null);
		return new ComplaintView(c, c.kelurahanId == null ? null : units.find(c.kelurahanId).map(UnitView::name).orElse(null),
				name, showReporter ? c.reporterEmail : null, showReporter ? c.reporterPhone : null, dispositions,
				timeline, audience == Audience.PUBLIC && c.rahasia ? List.of() : files,
				deadline == null ? null : cal.dateOf(deadline.minusSeconds(1)), c.isOverdue(now, cal),
				c.clock.isPaused(), surveyPath, canReopen, duplicateOf, audience);
	}

	private static boolean reporterSees(Action a) {
		return "pengaduan.held".equals(a.action()) || "pengaduan.reporter-replied".equals(a.action())
				|| "pengaduan.rated".equals(a.action()) || "pengaduan.reopened".equals(a.action());
	}

	List<UnitView> kelurahans() {
		return units.activeUnits().stream()
			.filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA)
			.sorted(java.util.Comparator.comparing(UnitView::name))
			.toList();
	}

	List<UnitView> opds() {
		return units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD)
			.sorted(java.util.Comparator.comparing(UnitView::name)).toList();
	}

	/** The units a liaison may forward to: the OPD's units below it. */
	List<UnitView> unitsBelow(long opdId) {
		return units.activeUnits().stream().filter(u -> u.id() != opdId && units.isWithin(u.id(), opdId)).toList();
	}

	static List<UUID> none() {
		return List.of();
	}
}
