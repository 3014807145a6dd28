package org.satukota.audit.internal;

import java.util.function.IntConsumer;

import org.satukota.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar satukota.jar --satukota.audit.verify-and-exit} verifies the chain once, prints the outcome and
 * ends the process with {@link VerificationCommand}'s exit code. Without the option it does nothing. The platform
 * starts fully before the check (its web security needs a web context), so next to a running instance add
 * {@code --server.port=0}.
 */
@Component
class VerifyAndExitRunner implements ApplicationRunner {

	private final AuditTrail trail;

	private final MessageSource messages;

	private final ConfigurableApplicationContext context;

	private final IntConsumer exit;

	@Autowired
	VerifyAndExitRunner(AuditTrail trail, MessageSource messages, ConfigurableApplicationContext context) {
		this(trail, messages, context, System::exit);
	}

	VerifyAndExitRunner(AuditTrail trail, MessageSource messages, ConfigurableApplicationContext context,
			IntConsumer exit) {
		this.trail = trail;
		this.messages = messages;
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!VerificationCommand.requested(args)) {
			return;
		}
		int code = VerificationCommand.run(trail, messages, System.out);
		System.out.flush();
		exit.accept(SpringApplication.exit(context, () -> code));
	}
}
