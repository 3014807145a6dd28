package org.satukota.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationTest {

	@Test
	void anEmailDefaultsToIndonesianAndKeepsACopyOfItsValues() {
		Map<String, String> values = new HashMap<>(Map.of("nama", "Siti"));
		Notification notification = Notification.email(" siti@warga.test ", "akun-terdaftar", values);
		values.put("nama", "diubah");

		assertThat(notification.locale()).isEqualTo(Locale.forLanguageTag("id"));
		assertThat(notification.recipient()).isEqualTo("siti@warga.test");
		assertThat(notification.values()).containsEntry("nama", "Siti");
	}

	@Test
	void anEmailNeedsAnEmailAddress() {
		assertThatThrownBy(() -> Notification.email("siti", "akun-terdaftar", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Notification.email(null, "akun-terdaftar", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void laterChannelsTakePhoneNumbers() {
		assertThat(new Notification(Channel.WHATSAPP, "+6281234567890", "uji-kirim", Map.of(), null).recipient())
			.isEqualTo("+6281234567890");
		assertThatThrownBy(() -> new Notification(Channel.SMS, "siti@warga.test", "uji-kirim", Map.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void templateKeysAndValueNamesAreRestrictedToSafeCharacters() {
		assertThatThrownBy(() -> Notification.email("siti@warga.test", "../rahasia", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Notification.email("siti@warga.test", "uji-kirim", Map.of("nama-lengkap", "x")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
