package org.satukota.permohonan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.satukota.permohonan.ApplicationCompleted;
import org.satukota.permohonan.ApplicationForwarded;
import org.satukota.permohonan.ApplicationRejected;
import org.satukota.permohonan.ApplicationResubmitted;
import org.satukota.permohonan.ApplicationReturned;
import org.satukota.permohonan.ApplicationSubmitted;
import org.satukota.permohonan.InspectionRecorded;
import org.satukota.permohonan.KomitmenConfirmed;
import org.satukota.permohonan.PermitExpiring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Emails the citizen at every change of their application. It listens inside the deciding transaction, because
 * the outbox write belongs to the decision: a rolled-back decision sends nothing, a committed one is never without
 * its email. It runs just before commit, so the e-mail describes the application as saved (its registration
 * number and new status), whatever order the decision published and saved in. Citizens registered with a phone only get nothing until SMS exists.
 */
@Component
class CitizenNotifier {

	private final ApplicationRepository repository;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationViews views;

	private final String publicUrl;

	private final SurveyLinks surveys;

	CitizenNotifier(ApplicationRepository repository, Accounts accounts, Notifications notifications,
			ApplicationViews views, @Value("${satukota.public-url:http://localhost:8080}") String publicUrl,
			SurveyLinks surveys) {
		this.repository = repository;
		this.accounts = accounts;
		this.notifications = notifications;
		this.views = views;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.surveys = surveys;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationSubmitted event) {
		send(event.applicationId(), "permohonan-diajukan", Map.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationReturned event) {
		send(event.applicationId(), "permohonan-dikembalikan", Map.of("alasan", event.reason()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationResubmitted event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationForwarded event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InspectionRecorded event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KomitmenConfirmed event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationRejected event) {
		send(event.applicationId(), "permohonan-ditolak", Map.of("alasan", event.reason()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ApplicationCompleted event) {
		String survey = repository.find(event.applicationId())
			.flatMap(surveys::inviteFor)
			.map(invitation -> publicUrl + invitation.path())
			.orElse("");
		send(event.applicationId(), "permohonan-selesai", Map.of("nomorDokumen", event.documentNumber(),
				"berlakuSampai", event.expiresOn() == null ? "-" : ApplicationViews.formatDate(event.expiresOn()),
				"tautanSurvei", survey));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PermitExpiring event) {
		send(event.applicationId(), "permohonan-izin-berakhir",
				Map.of("berlakuSampai", ApplicationViews.formatDate(event.expiresOn())));
	}

	private void send(UUID applicationId, String template, Map<String, String> extra) {
		Application app = repository.find(applicationId).orElse(null);
		if (app == null) {
			return;
		}
		AccountView account = accounts.find(app.accountId()).orElse(null);
		if (account == null || !Notification.isEmailAddress(account.email())) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("nama", account.fullName());
		values.put("nomor", app.registrationNumber() == null ? "-" : app.registrationNumber());
		values.put("layanan", app.serviceName());
		values.put("unit", String.valueOf(views.unitName(app.unitId())));
		values.put("status", app.status().name());
		values.put("kodeLacak", TrackingCodes.display(app.trackingCode()));
		values.put("tautan", publicUrl + "/warga/permohonan/" + app.id());
		values.put("tautanLacak", publicUrl + "/lacak?kode=" + app.trackingCode());
		values.putAll(extra);
		notifications.send(Notification.email(account.email(), template, values));
	}
}
