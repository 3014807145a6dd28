package org.satukota.notifikasi.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.satukota.notifikasi.Channel;
import org.satukota.notifikasi.DeliveryFailedException;
import org.satukota.notifikasi.NotificationChannel;
import org.satukota.notifikasi.OutgoingMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through SMTP. Available when Spring Boot configured a {@link JavaMailSender}, i.e. {@code spring.mail.host}
 * is set; otherwise emails stay in the outbox.
 */
@Component
class EmailChannel implements NotificationChannel {

	/** Without timeouts an unresponsive SMTP server would hold a dispatcher thread and its row lock forever. */
	private static final String TIMEOUT_MILLIS = "15000";

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean isAvailable() {
		return mailSender.getIfAvailable() != null;
	}

	@Override
	public void deliver(OutgoingMessage message) {
		JavaMailSender sender = mailSender.getObject();
		applyTimeouts(sender);
		MimeMessage mime = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.body(), false);
			// Lets the receiving side (and a support desk) correlate the email with the outbox entry.
			mime.setHeader("X-SatuKota-Message-Id", message.id().toString());
		}
		catch (MessagingException ex) {
			throw new DeliveryFailedException("message could not be prepared", true, ex);
		}
		try {
			sender.send(mime);
		}
		catch (MailParseException | MailPreparationException ex) {
			throw new DeliveryFailedException("message could not be prepared", true, ex);
		}
		catch (MailAuthenticationException ex) {
			throw new DeliveryFailedException("SMTP authentication failed", false, ex);
		}
		catch (MailException ex) {
			throw new DeliveryFailedException("SMTP delivery failed", false, ex);
		}
	}

	private static void applyTimeouts(JavaMailSender sender) {
		if (sender instanceof JavaMailSenderImpl impl) {
			Properties javaMail = impl.getJavaMailProperties();
			javaMail.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
			javaMail.putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
			javaMail.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
		}
	}
}
