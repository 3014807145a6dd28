package org.satukota.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.calendar.Holiday;
import org.satukota.calendar.HolidayKind;

class HolidayCsvTest {

	@Test
	void theShippedListHasOneHundredRowsFrom2024To2027() {
		List<Holiday> rows = HolidaySeeder.shippedRows();
		assertThat(rows).hasSize(100);
		assertThat(rows).extracting(row -> row.date().getYear()).containsOnly(2024, 2025, 2026, 2027);
		assertThat(rows).contains(new Holiday(LocalDate.of(2026, 3, 19), HolidayKind.NASIONAL, "Hari Suci Nyepi"),
				new Holiday(LocalDate.of(2026, 12, 24), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Natal"));
		assertThat(rows).extracting(Holiday::kind).doesNotContain(HolidayKind.DAERAH);
	}

	@Test
	void aMalformedLineStopsWithItsLineNumber() {
		String csv = "tanggal,jenis,nama\n2026-01-01,nasional,Tahun Baru Masehi\n2026-02-30,nasional,Salah\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> HolidayCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("line 3");
		String unknownKind = "tanggal,jenis,nama\n2026-01-01,libur,Tahun Baru Masehi\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> HolidayCsv.read(new ByteArrayInputStream(unknownKind.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("jenis");
	}
}
