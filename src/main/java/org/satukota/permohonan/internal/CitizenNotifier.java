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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails the citizen at every change of their application. It listens synchronously, inside the deciding
 * transaction, because the outbox write belongs to the decision: a rolled-back decision sends nothing, a committed
 * one is never without its email. Citizens registered with a phone only get nothing until SMS exists.
 */
@Component
class CitizenNotifier {

	private final ApplicationRepository repository;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationViews views;

	private final String publicUrl;

	CitizenNotifier(ApplicationRepository repository, Accounts accounts, Notifications notifications,
			ApplicationViews views, @Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.repository = repository;
		this.accounts = accounts;
		this.notifications = notifications;
		this.views = views;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		send(event.applicationId(), "permohonan-diajukan", Map.of());
	}

	@EventListener
	void on(ApplicationReturned event) {
		send(event.applicationId(), "permohonan-dikembalikan", Map.of("alasan", event.reason()));
	}

	@EventListener
	void on(ApplicationResubmitted event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@EventListener
	void on(ApplicationForwarded event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@EventListener
	void on(InspectionRecorded event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@EventListener
	void on(KomitmenConfirmed event) {
		send(event.applicationId(), "permohonan-diproses", Map.of());
	}

	@EventListener
	void on(ApplicationRejected event) {
		send(event.applicationId(), "permohonan-ditolak", Map.of("alasan", event.reason()));
	}

	@EventListener
	void on(ApplicationCompleted event) {
		send(event.applicationId(), "permohonan-selesai", Map.of("nomorDokumen", event.documentNumber(),
				"berlakuSampai", event.expiresOn() == null ? "-" : ApplicationViews.formatDate(event.expiresOn())));
	}

	@EventListener
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
