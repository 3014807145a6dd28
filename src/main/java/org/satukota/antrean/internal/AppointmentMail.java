package org.satukota.antrean.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The confirmation and reminder emails, sent in the caller's transaction through the outbox. */
@Component
class AppointmentMail {

	static final String CONFIRMATION = "antrean-dipesan";

	static final String REMINDER = "antrean-pengingat";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private final Notifications notifications;

	private final Accounts accounts;

	private final Units units;

	private final String publicUrl;

	AppointmentMail(Notifications notifications, Accounts accounts, Units units,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.units = units;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Sends {@code template} about {@code appointment}; false when the citizen has no email address. */
	boolean send(String template, Appointment appointment, Schedule schedule) {
		AccountView account = accounts.find(appointment.accountId()).orElse(null);
		if (account == null || !Notification.isEmailAddress(account.email())) {
			return false;
		}
		UnitView unit = units.find(appointment.unitId()).orElse(null);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("nama", account.fullName());
		values.put("layanan", appointment.serviceName());
		values.put("nomor", appointment.queueNumber());
		values.put("tanggal", formatDay(appointment.day()));
		values.put("sesi", schedule.sessionFor(appointment.number()).label());
		values.put("unit", unit == null ? "" : unit.name());
		values.put("alamat", unit == null || unit.address() == null ? "" : unit.address());
		values.put("tautan", publicUrl + "/warga/antrean");
		notifications.send(Notification.email(account.email(), template, values));
		return true;
	}

	static String formatDay(LocalDate day) {
		return DAY.format(day);
	}
}
