package org.satukota.pengaduan.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.Role;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * E-mails about reports, written to the outbox in the caller's transaction. Staff messages carry only the tracking
 * number and a link (never the reporter), so a forwarded e-mail cannot leak an anonim reporter.
 */
@Component
class Notifier {

	private final Notifications notifications;

	private final Accounts accounts;

	private final String publicUrl;

	Notifier(Notifications notifications, Accounts accounts, @Value("${satukota.public-url}") String publicUrl) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	void received(Complaint c, String token) {
		send(c, "pengaduan-diterima", Map.of("judul", c.title), token);
	}

	void held(Complaint c, String token) {
		send(c, "pengaduan-ditunda", Map.of("pertanyaan", c.question == null ? "" : c.question), token);
	}

	void answered(Complaint c, String token) {
		send(c, "pengaduan-dijawab", Map.of("jawaban", c.statusNote == null ? "" : c.statusNote), token);
	}

	void closed(Complaint c, String token, String surveyPath) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("status", c.status.name());
		values.put("catatan", c.statusNote == null ? "" : c.statusNote);
		values.put("survei", surveyPath == null ? "" : publicUrl + surveyPath);
		send(c, "pengaduan-ditutup", values, token);
	}

	void guestCode(String email, String code, Duration validity) {
		notifications.send(Notification.email(email, "pengaduan-kode",
				Map.of("kode", code, "menit", String.valueOf(validity.toMinutes()))));
	}

	/** Tells staff holding {@code role} over {@code unitId} that a report needs them. */
	void staff(Role role, long unitId, Complaint c, String template) {
		Set<String> addresses = new LinkedHashSet<>();
		for (AccountView staff : accounts.staffHolding(role, unitId)) {
			if (staff.email() != null && Notification.isEmailAddress(staff.email())) {
				addresses.add(staff.email());
			}
		}
		String path = role == Role.ADMIN_PENGHUBUNG_OPD || role == Role.PEJABAT_PENANDATANGAN
				? "/staf/pengaduan/opd/" + c.id : "/staf/pengaduan/" + c.id;
		for (String address : addresses) {
			notifications.send(Notification.email(address, template,
					Map.of("nomor", c.trackingNumber, "tautan", publicUrl + path)));
		}
	}

	private void send(Complaint c, String template, Map<String, String> extra, String token) {
		String email = c.reporterEmail;
		String name = c.reporterName;
		if (c.reporterAccountId != null) {
			AccountView account = accounts.find(c.reporterAccountId).orElse(null);
			if (account != null) {
				email = account.email() != null ? account.email() : email;
				name = account.fullName();
			}
		}
		if (email == null || !Notification.isEmailAddress(email)) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>(extra);
		values.put("nomor", c.trackingNumber);
		values.put("nama", name == null ? "" : name);
		values.put("tautan", publicUrl + statusPath(c, token));
		notifications.send(Notification.email(email, template, values));
	}

	static String statusPath(Complaint c, String token) {
		if (c.reporterAccountId != null) {
			return "/warga/pengaduan/" + c.trackingNumber;
		}
		return "/pengaduan/" + c.trackingNumber + (token == null ? "" : "?kunci=" + token);
	}
}
