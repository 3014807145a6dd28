package org.satukota.kendali.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DemoCommandCenterIntegrationTest {

	@Autowired
	KendaliRepository repository;

	@Autowired
	Units units;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	KendaliProperties properties;

	@Autowired
	KpiService kpis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHistoryGivesTheKpiPageFiguresToShow() {
		// A clock far from the other tests' dates, so these incidents are the only ones in the period.
		Instant now = Instant.parse("2031-06-30T06:00:00Z");
		long before = jdbc.sql("SELECT count(*) FROM kendali_incident").query(Long.class).single();
		new DemoCommandCenter(repository, units, transactions, properties, Clock.fixed(now, ZoneId.of("UTC"))).seed();

		assertThat(jdbc.sql("SELECT count(*) FROM kendali_incident").query(Long.class).single()).isGreaterThan(before + 5);
		assertThat(repository.cctvs(true)).hasSizeGreaterThanOrEqualTo(4);
		ResponseKpis.Report report = kpis.report(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 7, 1), null, null);
		assertThat(report.calls().offered()).isGreaterThan(100);
		assertThat(report.calls().prankGhostPercent()).isGreaterThan(30.0);
		assertThat(report.measure("response").count()).isPositive();
		assertThat(report.measure("processing").p90Seconds()).isPositive();
	}
}
