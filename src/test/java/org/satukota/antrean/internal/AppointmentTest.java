package org.satukota.antrean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;

class AppointmentTest {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	private final Appointment waiting = new Appointment(1, 10, DAY, 3, "A-003", "n1", 7, "Pengantar Nikah", 99,
			"warga-99", AppointmentStatus.MENUNGGU, NOW.minusSeconds(86_400 * 3), null, null, null, null, null, null);

	@Test
	void aWaitingBookingCanBeCancelledUntilTheDayBefore() {
		assertThat(waiting.cancellableOn(DAY.minusDays(1))).isTrue();
		Appointment cancelled = waiting.cancel(DAY.minusDays(1), NOW);
		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.DIBATALKAN);
		assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
	}

	@Test
	void onTheDayItselfCancellingIsRefused() {
		assertThat(waiting.cancellableOn(DAY)).isFalse();
		assertThatThrownBy(() -> waiting.cancel(DAY, NOW)).isInstanceOf(PolicyViolation.class)
			.hasMessage("antrean.cancel-too-late");
	}

	@Test
	void callingRecordsWhoAndWhenThenServedOrNoShowCloseIt() {
		Appointment called = waiting.call("petugas.a", NOW);
		assertThat(called.status()).isEqualTo(AppointmentStatus.DIPANGGIL);
		assertThat(called.calledBy()).isEqualTo("petugas.a");
		assertThat(called.calledAt()).isEqualTo(NOW);
		assertThat(called.serve("petugas.b", NOW.plusSeconds(600)).status()).isEqualTo(AppointmentStatus.SELESAI);
		Appointment absent = called.noShow("petugas.a", NOW.plusSeconds(300));
		assertThat(absent.status()).isEqualTo(AppointmentStatus.TIDAK_HADIR);
		assertThat(absent.finishedBy()).isEqualTo("petugas.a");
		assertThat(absent.calledBy()).isEqualTo("petugas.a");
	}

	@Test
	void onlyACalledNumberCanBeServedOrMarkedAbsentAndOnlyAWaitingOneCalled() {
		assertThatThrownBy(() -> waiting.serve("p", NOW)).hasMessage("antrean.not-called");
		assertThatThrownBy(() -> waiting.noShow("p", NOW)).hasMessage("antrean.not-called");
		Appointment served = waiting.call("p", NOW).serve("p", NOW);
		assertThatThrownBy(() -> served.call("p", NOW)).hasMessage("antrean.not-waiting");
		assertThatThrownBy(() -> served.cancel(DAY.minusDays(2), NOW)).hasMessage("antrean.not-cancellable");
	}
}
