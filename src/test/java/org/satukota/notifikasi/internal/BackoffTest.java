package org.satukota.notifikasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

	private final Backoff backoff = new Backoff(6, Duration.ofSeconds(30), Duration.ofMinutes(10));

	@Test
	void theWaitDoublesAfterEachFailedAttempt() {
		assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
	}

	@Test
	void theWaitNeverExceedsTheMaximumEvenAfterManyAttempts() {
		assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
		assertThat(backoff.delayAfter(64)).isEqualTo(Duration.ofMinutes(10));
		assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void retriesStopAfterTheConfiguredNumberOfAttempts() {
		assertThat(backoff.mayRetry(5)).isTrue();
		assertThat(backoff.mayRetry(6)).isFalse();
	}

	@Test
	void aNonsensicalPolicyIsRefused() {
		assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(3, Duration.ZERO, Duration.ofSeconds(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
