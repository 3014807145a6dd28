package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresLauncherTest {

	@TempDir
	Path temp;

	@Test
	void aDataDirectoryThatCannotBeCreatedFailsWithAnExplanationAndAWayOut() throws Exception {
		Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");

		assertThatThrownBy(() -> new EmbeddedPostgresLauncher(blocker.resolve("postgres"), 0).start())
			.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining(blocker.resolve("postgres").toString());
	}

	@Test
	void theFailureAnalysisTellsTheOperatorHowToUseAnExternalDatabase() {
		var failure = new EmbeddedDatabaseUnavailableException(temp, new IllegalStateException("port in use"));

		FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(failure));

		assertThat(analysis.getDescription()).contains("port in use");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "satukota.database.embedded.data-directory");
	}

	@Test
	void aStalePidFileFromAKilledRunIsRemovedBeforeStarting() throws Exception {
		Path dataDirectory = Files.createDirectories(temp.resolve("pg"));
		// A pid that cannot belong to a live process on Linux (above pid_max).
		Files.writeString(dataDirectory.resolve("postmaster.pid"), "999999999\n" + dataDirectory + "\n");

		new EmbeddedPostgresLauncher(dataDirectory, 0).removeStalePidFileOrStopLeftoverServer();

		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheDatabaseStartsAgainWithItsData() throws Exception {
		Path dataDirectory = temp.resolve("kept");
		Process killedApplication = new ProcessBuilder(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LeftoverServerMain.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(killedApplication.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(LeftoverServerMain.READY)) {
				// skip start-up output
			}
			assertThat(line).isEqualTo(LeftoverServerMain.READY);
		}
		long leftoverPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		killedApplication.destroyForcibly().waitFor();
		assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive)).contains(true);

		try (var restarted = new EmbeddedPostgresLauncher(dataDirectory, 0).start();
				var connection = restarted.postgres().getPostgresDatabase().getConnection()) {
			assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			var result = connection.createStatement().executeQuery("select count(*) from kept_across_restarts");
			assertThat(result.next()).isTrue();
		}
	}

	@Test
	void aSecondPlatformOnTheSameDataDirectoryRefusesToStartAndLeavesTheRunningServerAlone() throws Exception {
		Path dataDirectory = temp.resolve("shared");
		try (var running = new EmbeddedPostgresLauncher(dataDirectory, 0).start()) {

			assertThatThrownBy(() -> new EmbeddedPostgresLauncher(dataDirectory, 0).start())
				.isInstanceOf(EmbeddedDatabaseUnavailableException.class)
				.hasMessageContaining("in use by another running SatuKota");

			try (var connection = running.postgres().getPostgresDatabase().getConnection()) {
				assertThat(connection.isValid(2)).isTrue();
			}
		}
	}

	@Test
	void theEmbeddedServerWaitsForEachCommitToReachTheDiskUnlessToldOtherwise() throws Exception {
		try (var running = new EmbeddedPostgresLauncher(temp.resolve("durable"), 0).start();
				var connection = running.postgres().getPostgresDatabase().getConnection()) {
			var result = connection.createStatement().executeQuery("show synchronous_commit");
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("on");
		}
		try (var running = new EmbeddedPostgresLauncher(temp.resolve("throw-away"), 0, false).start();
				var connection = running.postgres().getPostgresDatabase().getConnection()) {
			var result = connection.createStatement().executeQuery("show synchronous_commit");
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("off");
		}
	}
}
