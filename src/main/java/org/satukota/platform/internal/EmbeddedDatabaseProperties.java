package org.satukota.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0 picks a free one).
 */
@ConfigurationProperties("satukota.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, Integer port) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
		if (port == null) {
			port = 0;
		}
	}
}
