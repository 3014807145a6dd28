package org.satukota.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed embedded database start into a short explanation and a way out, instead of a stack trace.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Free or fix the data directory (property satukota.database.embedded.data-directory), or run against "
						+ "an external PostgreSQL: SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/satukota "
						+ "SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... ./mvnw spring-boot:run",
				cause);
	}
}
