package org.satukota.platform.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a kept data directory. A server left running by a killed application
 * (its {@code postmaster.pid} still names a live process) is stopped first, because reusing it silently would
 * attach the new application to a server nobody will shut down.
 */
final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(20);

	private final Path dataDirectory;
	private final int port;
	private final boolean synchronousCommit;

	EmbeddedPostgresLauncher(Path dataDirectory, int port) {
		this(dataDirectory, port, true);
	}

	EmbeddedPostgresLauncher(Path dataDirectory, int port, boolean synchronousCommit) {
		this.dataDirectory = dataDirectory.toAbsolutePath();
		this.port = port;
		this.synchronousCommit = synchronousCommit;
	}

	/**
	 * Starts the server. The returned handle holds an exclusive lock on the data directory until it is closed, so a
	 * second SatuKota pointed at the same directory refuses to start instead of taking the running server over.
	 */
	RunningEmbeddedPostgres start() {
		FileChannel lock = null;
		try {
			Files.createDirectories(dataDirectory);
			lock = lockDataDirectory();
			removeStalePidFileOrStopLeftoverServer();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("timezone", "UTC")
				// The library defaults to asynchronous commit (fast tests); a citizen told "submitted" must find
				// the application after a crash, so every commit waits for its WAL flush.
				.setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
			return new RunningEmbeddedPostgres(postgres, lock);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(lock);
			throw new EmbeddedDatabaseUnavailableException(dataDirectory, ex);
		}
	}

	private FileChannel lockDataDirectory() throws IOException {
		Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("the data directory is in use by another running SatuKota");
		}
		return channel;
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel == null) {
			return;
		}
		try {
			channel.close();
		}
		catch (IOException ex) {
			log.debug("Could not release the data directory lock", ex);
		}
	}

	void removeStalePidFileOrStopLeftoverServer() throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (leftover.isEmpty()) {
			log.warn("Removing stale {} left by an earlier run", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle process = leftover.get();
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(), dataDirectory);
		requestFastShutdown(process);
		try {
			process.onExit().get(LEFTOVER_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
		Files.deleteIfExists(pidFile);
	}

	/**
	 * SIGINT is PostgreSQL's "fast" shutdown (disconnect clients, then stop cleanly); the JDK can only send
	 * SIGTERM, which waits for clients that may never leave.
	 */
	private static void requestFastShutdown(ProcessHandle process) {
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroy();
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
