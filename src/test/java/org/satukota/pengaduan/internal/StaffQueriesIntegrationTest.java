package org.satukota.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StaffQueriesIntegrationTest {

	// A Wednesday: the next working day is a day ahead, so "due soon" reaches past the hour used below.
	static final Instant NOW = Instant.parse("2026-11-18T03:00:00Z");

	@Autowired
	StaffQueries queries;

	@Autowired
	Intake intake;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCoordinatorsTabCountsPutEachOpenReportInItsTabsAndLeaveClosedOnesOut() {
		clock.setInstant(NOW);
		StaffQueries.Counts before = queries.coordinatorCounts();

		filed("DITERIMA", NOW.plus(Duration.ofDays(10)), false);
		filed("DITERIMA", NOW.minus(Duration.ofHours(1)), false);
		filed("DITINDAKLANJUTI", NOW.plus(Duration.ofMinutes(30)), false);
		filed("MENUNGGU_TANGGAPAN", NOW.minus(Duration.ofHours(1)), false);
		filed("DITUNDA", null, false);
		filed("SELESAI", NOW.minus(Duration.ofHours(1)), true);

		StaffQueries.Counts after = queries.coordinatorCounts();
		assertThat(after.baru() - before.baru()).as("new").isEqualTo(2);
		assertThat(after.segera() - before.segera()).as("due soon").isEqualTo(1);
		assertThat(after.terlambat() - before.terlambat()).as("overdue, not counting one waiting for the reporter")
			.isEqualTo(1);
		assertThat(after.ditunda() - before.ditunda()).as("held").isEqualTo(1);
		assertThat(after.terbuka() - before.terbuka()).as("open").isEqualTo(5);
	}

	@Test
	void theTabCountsAreReadFromTheIndexOfOpenReportsAloneNotFromTheReportsRows() {
		// The test database is small, so the planner would rather read the table; forbidding that (and the bitmap
		// scan, which always reads the rows) leaves an index scan, which reads the rows, against an index-only scan,
		// which is possible only if the counts name no column outside the index. After a vacuum has marked the
		// table's pages all-visible, the index-only scan is the cheaper of the two whenever it is possible.
		jdbc.sql("VACUUM (ANALYZE) pengaduan").update();
		List<String> plan = transactions.execute(tx -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			return jdbc.sql("EXPLAIN " + StaffQueries.COORDINATOR_COUNTS)
				.param("now", ComplaintRepository.ts(NOW))
				.param("soon", ComplaintRepository.ts(NOW.plus(Duration.ofDays(1))))
				.query(String.class)
				.list();
		});
		assertThat(String.join("\n", plan)).contains("Index Only Scan using pengaduan_open_deadline_status");
	}

	private void filed(String status, Instant deadline, boolean closed) {
		long kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).findFirst()
			.orElseThrow().id();
		Intake.Outcome outcome = intake.file(new ComplaintSubmission("uji", UUID.randomUUID().toString(),
				ComplaintKind.PENGADUAN, "jalan-rusak", "Jalan berlubang di depan pasar",
				"Lubang besar di badan jalan depan pasar, membahayakan pengendara motor.", null, null, kelurahan,
				"Jl. Pasar Lama", null, "Budi Santoso", "budi.antrean@warga.test", null, false, false, null),
				List.of(), List.of(), false);
		assertThat(outcome.problems()).isEmpty();
		jdbc.sql("UPDATE pengaduan SET status = :status, deadline_at = :deadline, closed_at = :closed WHERE id = :id")
			.param("status", status)
			.param("deadline", deadline == null ? null : ComplaintRepository.ts(deadline))
			.param("closed", closed ? ComplaintRepository.ts(NOW) : null)
			.param("id", outcome.receipt().complaintId())
			.update();
	}
}
