package org.satukota.support.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What every HTTP benchmark measures besides its own requests: the database's raw rate, its activity, the machine. */
public final class Measurements {

	private Measurements() {
	}

	/** Counters PostgreSQL keeps per database and table (statistics are flushed at transaction end, ~1 s late). */
	public static Map<String, Long> databaseActivity(JdbcClient jdbc) throws InterruptedException {
		Thread.sleep(1500);
		Map<String, Long> stats = new TreeMap<>();
		jdbc.sql("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()")
			.query(rs -> {
				stats.put("commits", rs.getLong(1));
				stats.put("rollbacks", rs.getLong(2));
			});
		jdbc.sql("""
				SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, coalesce(idx_scan, 0), coalesce(seq_scan, 0),
				  coalesce(idx_tup_fetch, 0), coalesce(seq_tup_read, 0)
				FROM pg_stat_user_tables""").query(rs -> {
			String table = rs.getString(1);
			stats.put(table + " inserted", rs.getLong(2));
			stats.put(table + " updated", rs.getLong(3));
			stats.put(table + " deleted", rs.getLong(4));
			stats.put(table + " index scans", rs.getLong(5));
			stats.put(table + " sequential scans", rs.getLong(6));
			stats.put(table + " rows fetched by index", rs.getLong(7));
			stats.put(table + " rows read sequentially", rs.getLong(8));
		});
		return stats;
	}

	/** The counters that moved by at least 0.05 per operation between two readings, per operation. */
	public static Map<String, Double> perOperation(Map<String, Long> before, Map<String, Long> after, long operations) {
		Map<String, Double> result = new TreeMap<>();
		after.forEach((key, value) -> {
			double per = (value - before.getOrDefault(key, 0L)) / (double) Math.max(1, operations);
			if (per >= 0.05) {
				result.put(key, per);
			}
		});
		return result;
	}

	/** Single-row autocommit INSERTs by {@code threads} threads for {@code duration}; rows per second. */
	public static double rawInsertRate(DataSource dataSource, int threads, Duration duration) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
				+ "payload TEXT NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)").update();
		AtomicLong inserted = new AtomicLong();
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					jdbc.sql("INSERT INTO bench_insert (payload, created_at) VALUES (:p, now())")
						.param("p", "benchmark-row")
						.update();
					inserted.incrementAndGet();
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		jdbc.sql("DROP TABLE bench_insert").update();
		return inserted.get() / (duration.toNanos() / 1e9);
	}

	public static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** The 1-minute load average: other work on the machine competes for the same cores. */
	public static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
	}

	public static String cpuModel() throws IOException {
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (!Files.exists(cpuinfo)) {
			return "unknown";
		}
		return Files.readAllLines(cpuinfo)
			.stream()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown");
	}

	/** A multipart/form-data body built field by field, as a browser sends a form with file inputs. */
	public static final class Multipart {

		private final String boundary;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		public Multipart(String boundary) {
			this.boundary = boundary;
		}

		public Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
			return this;
		}

		public Multipart file(String name, String filename, String mediaType, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
			out.writeBytes(content);
			write("\r\n");
			return this;
		}

		public byte[] bytes() {
			write("--" + boundary + "--\r\n");
			return out.toByteArray();
		}

		private void write(String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
