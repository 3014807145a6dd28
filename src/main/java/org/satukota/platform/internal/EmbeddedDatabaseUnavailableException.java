package org.satukota.platform.internal;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL could not start. The message tells the operator what to do instead.
 */
class EmbeddedDatabaseUnavailableException extends IllegalStateException {

	EmbeddedDatabaseUnavailableException(Path dataDirectory, Throwable cause) {
		super("The embedded PostgreSQL could not start with data in " + dataDirectory + " (" + cause
				+ "). Check that the directory is writable and not used by another SatuKota, or point SatuKota at an "
				+ "external PostgreSQL with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
				+ "SPRING_DATASOURCE_PASSWORD.", cause);
	}
}
