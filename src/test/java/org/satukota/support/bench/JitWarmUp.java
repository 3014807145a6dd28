package org.satukota.support.bench;

import java.time.Duration;

/**
 * Repeats a warm-up round until the JIT compilers have settled: a round in which their threads used less than
 * {@code settledShare} of the machine's CPU, or {@code limit} in all. A server that has run for hours has compiled
 * its hot paths; a measurement taken while the compilers still take a tenth of the cores would not say how it runs.
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
		int cores = Runtime.getRuntime().availableProcessors();
		long deadline = System.nanoTime() + limit.toNanos();
		int rounds = 0;
		while (true) {
			double compilingBefore = CpuMeter.jitCompilerSeconds();
			long started = System.nanoTime();
			round.run();
			rounds++;
			double wallSeconds = (System.nanoTime() - started) / 1e9;
			double share = (CpuMeter.jitCompilerSeconds() - compilingBefore) / (wallSeconds * cores);
			System.out.printf("Warm-up round %d: %.1f s, JIT compiler threads %.1f %% of the machine%n", rounds,
					wallSeconds, 100 * share);
			// Without /proc (NaN) the share cannot be read: stop after this round rather than at the limit.
			if (!(share >= settledShare) || System.nanoTime() > deadline) {
				return rounds;
			}
		}
	}
}
