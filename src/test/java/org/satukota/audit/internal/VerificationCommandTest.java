package org.satukota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.satukota.audit.AuditPage;
import org.satukota.audit.AuditQuery;
import org.satukota.audit.AuditTrail;
import org.satukota.audit.VerificationResult;
import org.satukota.audit.VerificationResult.Problem;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.StaticMessageSource;

class VerificationCommandTest {

	private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	VerificationCommandTest() {
		Locale id = Locale.forLanguageTag("id");
		messages.addMessage("audit.verify.intact", id, "Semua {0} baris cocok.");
		messages.addMessage("audit.verify.broken", id, "Rantai rusak pada baris nomor {0}: {1}");
		messages.addMessage("audit.problem.row-altered", id, "baris telah diubah.");
	}

	private static AuditTrail trail(VerificationResult result) {
		return new AuditTrail() {
			@Override
			public VerificationResult verify() {
				return result;
			}

			@Override
			public AuditPage search(AuditQuery query) {
				throw new UnsupportedOperationException();
			}
		};
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}

	private PrintStream out() {
		return new PrintStream(output, true, StandardCharsets.UTF_8);
	}

	@Test
	void anIntactChainExitsWithZeroAndSaysSo() {
		int code = VerificationCommand.run(trail(VerificationResult.intact(42, 42, NOW)), messages, out());

		assertThat(code).isZero();
		assertThat(printed()).contains("audit-chain: INTACT rows-checked=42 last-seq=42").contains("Semua 42 baris cocok.");
	}

	@Test
	void aBrokenChainExitsWithOneAndNamesTheFirstBrokenRow() {
		int code = VerificationCommand.run(trail(VerificationResult.broken(7, 6, 7, Problem.ROW_ALTERED, NOW)), messages,
				out());

		assertThat(code).isEqualTo(1);
		assertThat(printed()).contains("audit-chain: BROKEN rows-checked=7 first-broken-seq=7 problem=ROW_ALTERED")
			.contains("Rantai rusak pada baris nomor 7: baris telah diubah.");
	}

	@Test
	void aVerificationThatCannotRunExitsWithOne() {
		AuditTrail failing = new AuditTrail() {
			@Override
			public VerificationResult verify() {
				throw new IllegalStateException("database down");
			}

			@Override
			public AuditPage search(AuditQuery query) {
				throw new UnsupportedOperationException();
			}
		};

		assertThat(VerificationCommand.run(failing, messages, out())).isEqualTo(1);
		assertThat(printed()).contains("audit-chain: ERROR IllegalStateException");
	}

	@Test
	void theCommandRunsOnlyWhenTheOptionIsGivenAndNotFalse() {
		assertThat(VerificationCommand.requested(new DefaultApplicationArguments("--satukota.audit.verify-and-exit")))
			.isTrue();
		assertThat(VerificationCommand.requested(new DefaultApplicationArguments("--satukota.audit.verify-and-exit=true")))
			.isTrue();
		assertThat(
				VerificationCommand.requested(new DefaultApplicationArguments("--satukota.audit.verify-and-exit=false")))
			.isFalse();
		assertThat(VerificationCommand.requested(new DefaultApplicationArguments("--server.port=0"))).isFalse();
		assertThat(VerificationCommand.requested(new DefaultApplicationArguments())).isFalse();
	}

	@Test
	void theRunnerDoesNothingWithoutTheOption() throws Exception {
		int[] exitCode = { -1 };
		new VerifyAndExitRunner(trail(VerificationResult.intact(0, 0, NOW)), messages, null, code -> exitCode[0] = code)
			.run(new DefaultApplicationArguments("--server.port=0"));

		assertThat(exitCode[0]).isEqualTo(-1);
	}
}
