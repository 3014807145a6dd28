package org.satukota.dokumen;

import java.time.LocalDate;

/**
 * Official document numbers. A format holds tokens {@code {nomor}} (the sequence, zero-padded to 3 digits),
 * {@code {tahun}}, {@code {bulan}} (01–12) and {@code {bulan-romawi}} (I–XII); e.g.
 * {@code 474/{nomor}/KEL-20ILIR/{tahun}} gives {@code 474/001/KEL-20ILIR/2026}. There is one sequence per
 * (unit, format, year of the issue date). Numbers never repeat, also under concurrent calls on several nodes;
 * a gap appears only when the caller's transaction rolls back.
 */
public interface DocumentNumbers {

	/** Takes the next number in the caller's transaction. */
	String next(long unitId, String format, LocalDate issueDate);
}
