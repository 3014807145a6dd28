package org.satukota.platform.internal;

import java.nio.file.Path;

/**
 * Stands in for an application that is killed with SIGKILL while its embedded PostgreSQL runs.
 */
public final class LeftoverServerMain {

	static final String READY = "LEFTOVER-READY";

	private LeftoverServerMain() {
	}

	public static void main(String[] args) throws Exception {
		var postgres = new EmbeddedPostgresLauncher(Path.of(args[0]), 0).start();
		try (var connection = postgres.postgres().getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create table kept_across_restarts (id int)");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
