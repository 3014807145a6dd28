package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

@IntegrationTest
class PreparedPlansIntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void aStatementWhoseTextValueIsSometimesEmptyKeepsOnePreparedStatementAndReusesItsPlan() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			for (int i = 0; i < 20; i++) {
				// Changes nothing (no account has that id); only how the statement is prepared and planned matters.
				jdbc.sql("UPDATE account SET email = :email WHERE id = -1 /* rencana-uji */")
					.param("email", i % 2 == 0 ? "uji@contoh.id" : null)
					.update();
			}

			Map<String, Object> prepared = jdbc.sql("""
					SELECT count(*) AS statements, coalesce(sum(generic_plans), 0)::bigint AS generic_plans
					FROM pg_prepared_statements WHERE statement LIKE '%rencana-uji%'""").query().singleRow();
			assertThat(prepared.get("statements")).as("prepared statements").isEqualTo(1L);
			assertThat((Long) prepared.get("generic_plans")).as("executions on the reused plan").isPositive();
		}
	}
}
