package org.satukota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

@IntegrationTest
class PlatformIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnTheEmbeddedPostgresqlWithAllMigrationsApplied() {
		String version = jdbc.sql("select version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL 17");
		Integer failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single();
		assertThat(failed).isZero();
	}

	@Test
	void healthEndpointReportsUpIncludingTheDatabase() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"");
	}
}
