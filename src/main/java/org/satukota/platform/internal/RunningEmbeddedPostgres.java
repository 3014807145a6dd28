package org.satukota.platform.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server together with the lock on its data directory; closing stops the server, then releases
 * the lock.
 */
record RunningEmbeddedPostgres(EmbeddedPostgres postgres, FileChannel dataDirectoryLock) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			dataDirectoryLock.close();
		}
	}
}
