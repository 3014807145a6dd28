package org.satukota.antrean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueueNumberTest {

	@Test
	void numbersArePrefixedAndPaddedToThreeDigits() {
		assertThat(QueueNumber.format(1)).isEqualTo("A-001");
		assertThat(QueueNumber.format(7)).isEqualTo("A-007");
		assertThat(QueueNumber.format(42)).isEqualTo("A-042");
		assertThat(QueueNumber.format(999)).isEqualTo("A-999");
	}

	@Test
	void aFourDigitNumberIsNotTruncated() {
		assertThat(QueueNumber.format(1000)).isEqualTo("A-1000");
	}

	@Test
	void thereIsNoQueueNumberZero() {
		assertThatThrownBy(() -> QueueNumber.format(0)).isInstanceOf(IllegalArgumentException.class);
	}
}
