package org.satukota.support.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Repeats a warm-up round until the JIT compilers have settled: a round in which they compiled for less than
 * {@code settledShare} of the round's wall time, or {@code limit} in all. A server that has run for hours has
 * compiled its hot paths; a measurement taken while the compilers still take a tenth of the cores would not say how
 * it runs.
 */
public final class JitWarmUp {

	/** One warm-up round (e.g. a batch of requests). */
	@FunctionalInterface
	public interface Round {

		void run() throws Exception;
	}

	private JitWarmUp() {
	}

	/** @return the rounds run */
	public static int untilSettled(Round round, double settledShare, Duration limit) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long deadline = System.nanoTime() + limit.toNanos();
		int rounds = 0;
		while (true) {
			long compiledBefore = jit.getTotalCompilationTime();
			long started = System.nanoTime();
			round.run();
			rounds++;
			double wallMillis = (System.nanoTime() - started) / 1e6;
			double compiledMillis = jit.getTotalCompilationTime() - compiledBefore;
			System.out.printf("Warm-up round %d: %.0f ms, JIT compiling %.0f ms (%.1f %%)%n", rounds, wallMillis,
					compiledMillis, 100 * compiledMillis / wallMillis);
			if (compiledMillis < settledShare * wallMillis || System.nanoTime() > deadline) {
				return rounds;
			}
		}
	}
}
