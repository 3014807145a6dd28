package org.satukota.platform.internal;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so that one
 * command runs the whole platform. With a URL configured, Spring Boot's own data source is used unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	RunningEmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		return new EmbeddedPostgresLauncher(properties.dataDirectory(), properties.port(),
				properties.synchronousCommit()).start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(RunningEmbeddedPostgres running) {
		EmbeddedPostgres postgres = running.postgres();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("satukota-embedded");
		config.setMaximumPoolSize(10);
		// The same setting as spring.datasource.hikari.data-source-properties in application.yml, for the reason given
		// there.
		config.addDataSourceProperty("stringtype", "unspecified");
		return new HikariDataSource(config);
	}
}
