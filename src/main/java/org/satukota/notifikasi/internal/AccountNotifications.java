package org.satukota.notifikasi.internal;

import java.util.HashMap;
import java.util.Map;

import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.CitizenRegistered;
import org.satukota.account.StaffAccountCreated;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Welcomes new accounts by e-mail. The events carry only the account id, so the address is looked up here,
 * after the account's transaction committed; accounts without an e-mail address get nothing (SMS and WhatsApp
 * channels are not there yet).
 */
@Component
class AccountNotifications {

	private final Accounts accounts;

	private final Notifications notifications;

	private final String loginLink;

	AccountNotifications(Accounts accounts, Notifications notifications,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.loginLink = publicUrl.replaceAll("/+$", "") + "/masuk";
	}

	@ApplicationModuleListener
	void on(CitizenRegistered event) {
		accounts.find(event.accountId())
			.filter(account -> hasEmail(account))
			.ifPresent(account -> notifications.send(Notification.email(account.email(), "akun-terdaftar",
					Map.of("nama", account.fullName(), "namaPengguna", account.email(), "tautanMasuk", loginLink))));
	}

	@ApplicationModuleListener
	void on(StaffAccountCreated event) {
		accounts.find(event.accountId()).filter(account -> hasEmail(account)).ifPresent(account -> {
			Map<String, String> values = new HashMap<>();
			values.put("nama", account.fullName());
			values.put("namaPengguna", account.username());
			values.put("unit", "");
			values.put("tautan", loginLink);
			notifications.send(Notification.email(account.email(), "akun-staf-dibuat", values));
		});
	}

	private static boolean hasEmail(AccountView account) {
		return account.email() != null && Notification.isEmailAddress(account.email());
	}
}
