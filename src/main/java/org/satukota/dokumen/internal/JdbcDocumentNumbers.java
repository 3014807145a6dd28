package org.satukota.dokumen.internal;

import java.time.LocalDate;

import org.satukota.dokumen.DocumentNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sequences in {@code dokumen_sequence}. The upsert takes the row lock and returns the new value in one statement,
 * so concurrent callers on any node queue up on the row and each gets its own number. The lock lasts until the
 * caller's transaction ends: numbers of the same sequence are taken one transaction at a time, and a rolled-back
 * number is simply taken again by the next caller.
 */
@Service
class JdbcDocumentNumbers implements DocumentNumbers {

	private final JdbcClient jdbc;

	JdbcDocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public String next(long unitId, String format, LocalDate issueDate) {
		// Validate the format before touching the counter, so a bad format does not consume a number.
		NumberFormatRule.render(format, 1, issueDate);
		long sequence = jdbc.sql("""
				insert into dokumen_sequence (unit_id, format, year, last_value) values (?, ?, ?, 1)
				on conflict (unit_id, format, year) do update set last_value = dokumen_sequence.last_value + 1
				returning last_value""")
			.params(unitId, format, issueDate.getYear())
			.query(Long.class)
			.single();
		return NumberFormatRule.render(format, sequence, issueDate);
	}
}
