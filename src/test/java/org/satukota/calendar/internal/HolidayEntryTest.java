package org.satukota.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.satukota.calendar.HolidayKind;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;

class HolidayEntryTest {

	final HolidayEntry seeded = new HolidayEntry(7, LocalDate.of(2026, 12, 24), HolidayKind.CUTI_BERSAMA,
			"Cuti Bersama Hari Raya Natal", HolidayEntry.Source.SEED, null, Instant.parse("2026-01-01T00:00:00Z"),
			"sistem", true, null, null, null);

	final Actor admin = new Actor("admin", "ADMIN", null);

	@Test
	void deactivatingKeepsTheRowAndRecordsWhoWhenAndWhy() {
		Instant at = Instant.parse("2026-11-20T03:00:00Z");
		HolidayEntry deactivated = seeded.deactivate(admin, at, "SKB 3 Menteri diubah");
		assertThat(deactivated.active()).isFalse();
		assertThat(deactivated.removedAt()).isEqualTo(at);
		assertThat(deactivated.removedBy()).isEqualTo("admin");
		assertThat(deactivated.removedReason()).isEqualTo("SKB 3 Menteri diubah");
		assertThat(deactivated.id()).isEqualTo(seeded.id());
	}

	@Test
	void reactivatingClearsTheRemoval() {
		HolidayEntry reactivated = seeded.deactivate(admin, Instant.parse("2026-11-20T03:00:00Z"), "Diubah")
			.reactivate();
		assertThat(reactivated).isEqualTo(seeded);
	}

	@Test
	void deactivatingTwiceOrReactivatingAnActiveHolidayIsRefused() {
		HolidayEntry deactivated = seeded.deactivate(admin, Instant.parse("2026-11-20T03:00:00Z"), "Diubah");
		assertThatThrownBy(() -> deactivated.deactivate(admin, Instant.now(), "Lagi"))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("calendar.holiday-already-inactive"));
		assertThatThrownBy(seeded::reactivate).isInstanceOfSatisfying(PolicyViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("calendar.holiday-already-active"));
	}
}
