package org.satukota.audit.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.satukota.audit.AuditTrail;
import org.satukota.audit.VerificationResult;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;

/**
 * The command-line verification: whether it was asked for, what it prints and which exit code it ends with
 * ({@code 0} intact, {@code 1} broken or not verifiable). Free of process handling so it can be tested as a unit.
 */
final class VerificationCommand {

	static final String OPTION = "satukota.audit.verify-and-exit";

	static final int INTACT = 0;

	static final int BROKEN = 1;

	private VerificationCommand() {
	}

	/** {@code --satukota.audit.verify-and-exit} alone or with any value but {@code false}. */
	static boolean requested(ApplicationArguments arguments) {
		if (!arguments.containsOption(OPTION)) {
			return false;
		}
		List<String> values = arguments.getOptionValues(OPTION);
		return values == null || values.isEmpty() || values.stream().noneMatch("false"::equalsIgnoreCase);
	}

	static int run(AuditTrail trail, MessageSource messages, PrintStream out) {
		VerificationResult result;
		try {
			result = trail.verify();
		}
		catch (RuntimeException ex) {
			out.println("audit-chain: ERROR " + ex.getClass().getSimpleName());
			return BROKEN;
		}
		out.println(summary(result));
		out.println(explanation(result, messages, Locale.forLanguageTag("id")));
		return result.intact() ? INTACT : BROKEN;
	}

	/** A stable, machine-readable line for scripts and monitoring. */
	static String summary(VerificationResult result) {
		if (result.intact()) {
			return "audit-chain: INTACT rows-checked=" + result.rowsChecked() + " last-seq=" + result.lastSeq();
		}
		return "audit-chain: BROKEN rows-checked=" + result.rowsChecked() + " first-broken-seq="
				+ result.firstBrokenSeq() + " problem=" + result.problem();
	}

	/** The outcome in words, from the message bundle. */
	static String explanation(VerificationResult result, MessageSource messages, Locale locale) {
		if (result.intact()) {
			return messages.getMessage("audit.verify.intact", new Object[] { result.rowsChecked() }, locale);
		}
		return messages.getMessage("audit.verify.broken",
				new Object[] { result.firstBrokenSeq(), messages.getMessage(result.problem().messageKey(), null, locale) },
				locale);
	}
}
