package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.jdbc.PgConnection;
import org.satukota.SatuKotaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the platform uses that database unchanged and starts no PostgreSQL of
 * its own. The "external" server here is a separate PostgreSQL process the test starts itself.
 */
class DatabaseConfigurationIntegrationTest {

	@TempDir
	Path temp;

	@Test
	void aConfiguredDatabaseUrlIsUsedInsteadOfTheEmbeddedServer() throws Exception {
		Path embeddedDirectory = temp.resolve("embedded-should-stay-empty");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder()
			.setDataDirectory(temp.resolve("external"))
			.setRegisterShutdownHook(false)
			.start()) {
			try (var connection = external.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("create database satukota_external");
			}
			String url = external.getJdbcUrl("postgres", "satukota_external");

			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SatuKotaApplication.class)
				.profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--satukota.database.embedded.data-directory=" + embeddedDirectory)) {

				assertThat(context.getBeansOfType(RunningEmbeddedPostgres.class)).isEmpty();
				assertThat(embeddedDirectory).doesNotExist();
				JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
				assertThat(jdbc.sql("select current_database()").query(String.class).single())
					.isEqualTo("satukota_external");
				assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
					.isPositive();
				try (var connection = context.getBean(DataSource.class).getConnection()) {
					assertThat(connection.unwrap(PgConnection.class).getStringVarcharFlag())
						.as("text parameters sent typed as varchar").isFalse();
				}
			}
		}
	}
}
