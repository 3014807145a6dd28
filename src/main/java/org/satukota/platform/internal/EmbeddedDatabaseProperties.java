package org.satukota.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files, which port it listens on (0 picks a free one) and whether each
 * commit waits until it is on disk ({@code synchronous-commit}, default true; only throw-away test databases turn it
 * off).
 */
@ConfigurationProperties("satukota.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, Integer port, Boolean synchronousCommit) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
		if (port == null) {
			port = 0;
		}
		if (synchronousCommit == null) {
			synchronousCommit = true;
		}
	}
}
