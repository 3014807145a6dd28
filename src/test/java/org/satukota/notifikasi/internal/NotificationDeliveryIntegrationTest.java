package org.satukota.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class NotificationDeliveryIntegrationTest {

	/** The SMTP port of the test profile ({@code spring.mail.port} in application-test.yml). */
	static final int SMTP_PORT = 42525;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", "smtp"));

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	NotificationProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Value("${spring.mail.port}")
	int configuredPort;

	MockMvc mvc;

	@BeforeEach
	void setUpMockMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static String address() {
		return "si" + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
	}

	private static Notification welcome(String address) {
		return Notification.email(address, "akun-terdaftar",
				Map.of("nama", "Siti Aminah", "namaPengguna", "siti", "tautanMasuk", "https://satukota.test/masuk"));
	}

	private OutboxMessage stored(UUID id) {
		return outbox.find(id).orElseThrow();
	}

	private Optional<MimeMessage> receivedBy(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).findFirst();
	}

	/**
	 * Runs the dispatcher and waits for the given attempt to be recorded; the scheduled dispatcher may be the one
	 * that makes it (it skips rows this run has locked, and this run skips rows it has locked).
	 */
	private OutboxMessage attempt(UUID id, int attempts) {
		dispatcher.dispatchDue();
		await().atMost(Duration.ofSeconds(15)).until(() -> stored(id).attempts() >= attempts);
		OutboxMessage message = stored(id);
		assertThat(message.attempts()).isEqualTo(attempts);
		return message;
	}

	@Test
	void theTestProfileSendsToTheGreenMailPort() {
		assertThat(configuredPort).isEqualTo(SMTP_PORT);
	}

	@Test
	void sendStoresTheRenderedMessageAndReturnsWithoutDelivering() {
		String address = address();

		UUID id = notifications.send(welcome(address));

		OutboxMessage message = stored(id);
		assertThat(message.subject()).isEqualTo("Selamat datang di SatuKota, akun Anda sudah terdaftar");
		assertThat(message.body()).contains("Halo Siti Aminah,").contains("https://satukota.test/masuk");
		assertThat(message.recipient()).isEqualTo(address);
		assertThat(message.template()).isEqualTo("akun-terdaftar");
		assertThat(message.status()).isIn(MessageStatus.PENDING, MessageStatus.SENT);
	}

	@Test
	void aMessageSentInATransactionThatRollsBackIsNeverStored() {
		UUID id = transactions.execute(status -> {
			status.setRollbackOnly();
			return notifications.send(welcome(address()));
		});

		assertThat(outbox.find(id)).isEmpty();
	}

	@Test
	void anUnknownTemplateIsRefusedWhenSending() {
		assertThatThrownBy(() -> notifications.send(Notification.email(address(), "tidak-ada", Map.of())))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEmailArrivesThroughSmtpWithTheIndonesianSubject() throws Exception {
		String address = address();

		UUID id = notifications.send(welcome(address));

		MimeMessage received = await().atMost(Duration.ofSeconds(30))
			.until(() -> receivedBy(address), Optional::isPresent)
			.orElseThrow();
		assertThat(received.getSubject()).isEqualTo("Selamat datang di SatuKota, akun Anda sudah terdaftar");
		assertThat(GreenMailUtil.getBody(received)).contains("Siti Aminah");
		assertThat(received.getHeader("X-SatuKota-Message-Id")).containsExactly(id.toString());
		await().atMost(Duration.ofSeconds(10)).until(() -> stored(id).status() == MessageStatus.SENT);
		assertThat(stored(id).attempts()).isEqualTo(1);
		assertThat(stored(id).sentAt()).isNotNull();
	}

	@Test
	void anUnreachableSmtpServerLeadsToRetriesWithBackoffAndFinallyFailure() {
		greenMail.stop();
		Instant start = Instant.parse("2031-01-01T00:00:00Z");
		clock.setInstant(start);
		String address = address();

		UUID id = notifications.send(welcome(address));
		// Jumping to 2031 makes every message other tests left pending due at once; this test follows its own
		// message through the backoff, so the others wait (still pending) instead of queueing ahead of it.
		jdbc.sql("UPDATE notification_message SET next_attempt_at = TIMESTAMP WITH TIME ZONE '2999-01-01 00:00Z' "
				+ "WHERE status = 'PENDING' AND id <> :id")
			.param("id", id)
			.update();
		OutboxMessage afterFirst = attempt(id, 1);
		assertThat(afterFirst.status()).isEqualTo(MessageStatus.PENDING);
		assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plus(properties.initialBackoff()));
		assertThat(afterFirst.lastError()).isNotBlank().doesNotContain(address).doesNotContain("warga.test");

		// Not due yet: another run leaves it alone.
		dispatcher.dispatchDue();
		assertThat(stored(id).attempts()).isEqualTo(1);

		clock.setInstant(afterFirst.nextAttemptAt());
		OutboxMessage afterSecond = attempt(id, 2);
		assertThat(afterSecond.nextAttemptAt())
			.isEqualTo(afterFirst.nextAttemptAt().plus(properties.initialBackoff().multipliedBy(2)));

		for (int attempts = 3; attempts <= properties.maxAttempts(); attempts++) {
			clock.setInstant(stored(id).nextAttemptAt());
			attempt(id, attempts);
		}

		OutboxMessage failed = stored(id);
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
		assertThat(failed.nextAttemptAt()).isNull();
	}

	@Test
	void theOutboxPageIsOnlyForAdministrators() throws Exception {
		mvc.perform(get("/admin/kotak-keluar")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/admin/kotak-keluar").with(user("warga").roles("WARGA"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/kotak-keluar/uji").param("alamat", address())
			.with(csrf())
			.with(user("warga").roles("WARGA"))).andExpect(status().isForbidden());
	}

	@Test
	void theOutboxListsMessagesWithMaskedRecipientsAndTheDetailShowsTheFullMessage() throws Exception {
		String address = address();
		UUID id = notifications.send(welcome(address));

		mvc.perform(get("/admin/kotak-keluar").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(RecipientMask.mask(address))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(address))))
			.andExpect(content().string(Matchers.containsString("/admin/kotak-keluar/" + id)));
		mvc.perform(get("/admin/kotak-keluar/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(address)))
			.andExpect(content().string(Matchers.containsString("Selamat datang di SatuKota, akun Anda sudah terdaftar")))
			.andExpect(content().string(Matchers.containsString("Halo Siti Aminah,")));
		mvc.perform(get("/admin/kotak-keluar/" + UUID.randomUUID()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/kotak-keluar/bukan-id").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorCanSendATestMessageAndBadAddressesAreExplained() throws Exception {
		mvc.perform(post("/admin/kotak-keluar/uji").param("alamat", "bukan-alamat")
			.with(csrf())
			.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(Matchers.containsString("Alamat email tidak valid")));

		String address = address();
		MvcResult result = mvc
			.perform(post("/admin/kotak-keluar/uji").param("alamat", address)
				.with(csrf())
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/admin/kotak-keluar/", ""));
		OutboxMessage message = stored(id);
		assertThat(message.template()).isEqualTo("uji-kirim");
		assertThat(message.subject()).isEqualTo("Pesan uji SatuKota");
		assertThat(message.body()).contains("administrator admin");

		MimeMessage received = await().atMost(Duration.ofSeconds(30))
			.until(() -> receivedBy(address), Optional::isPresent)
			.orElseThrow();
		assertThat(received.getSubject()).isEqualTo("Pesan uji SatuKota");
	}
}
