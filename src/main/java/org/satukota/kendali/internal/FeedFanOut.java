package org.satukota.kendali.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.satukota.kendali.internal.Records.FeedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per node carries new feed rows from the table to this node's wall connections. It LISTENs on the
 * {@code kendali_feed} channel (PostgreSQL NOTIFY is sent by every append, delivered on commit) and, after each
 * notification or at the latest every {@link #WAIT}, reads the rows after the last id it has seen. The table is
 * the source of truth: a lost notification only delays delivery by one wait, and nodes share no memory.
 */
@Component
class FeedFanOut implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedFanOut.class);

	static final Duration WAIT = Duration.ofMillis(500);

	private static final Duration HEARTBEAT = Duration.ofSeconds(20);

	private final DataSource dataSource;

	private final FeedStore store;

	private final WallHub hub;

	private volatile boolean running;

	private Thread thread;

	FeedFanOut(DataSource dataSource, FeedStore store, WallHub hub) {
		this.dataSource = dataSource;
		this.store = store;
		this.hub = hub;
	}

	@Override
	public synchronized void start() {
		running = true;
		thread = new Thread(this::run, "kendali-feed-fanout");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void run() {
		long last = -1;
		long lastBeat = System.nanoTime();
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN kendali_feed");
				}
				Notifications notifications = Notifications.of(connection);
				if (last < 0) {
					last = store.maxId();
				}
				while (running) {
					notifications.await(WAIT);
					List<FeedEntry> entries;
					do {
						entries = store.after(last, 200);
						if (!entries.isEmpty()) {
							last = entries.get(entries.size() - 1).id();
							hub.publish(entries);
						}
					}
					while (entries.size() == 200);
					if (System.nanoTime() - lastBeat > HEARTBEAT.toNanos()) {
						hub.heartbeat();
						lastBeat = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Wall feed fan-out lost its database connection; retrying", ex);
					pause();
				}
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for a NOTIFY through the PostgreSQL driver (reached reflectively: it is a runtime dependency only). */
	private record Notifications(Object pgConnection, Method getNotifications) {

		static Notifications of(Connection connection) throws SQLException {
			try {
				Class<?> type = Class.forName("org.postgresql.PGConnection");
				return new Notifications(connection.unwrap(type), type.getMethod("getNotifications", int.class));
			}
			catch (ReflectiveOperationException ex) {
				return new Notifications(null, null);
			}
		}

		void await(Duration wait) throws SQLException {
			if (pgConnection == null) {
				sleep(wait);
				return;
			}
			try {
				getNotifications.invoke(pgConnection, (int) wait.toMillis());
			}
			catch (java.lang.reflect.InvocationTargetException ex) {
				if (ex.getCause() instanceof SQLException sql) {
					throw sql;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (IllegalAccessException ex) {
				sleep(wait);
			}
		}

		private static void sleep(Duration wait) {
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
