package org.satukota.pengaduan.internal;

import static org.satukota.support.bench.Measurements.cpuModel;
import static org.satukota.support.bench.Measurements.databaseActivity;
import static org.satukota.support.bench.Measurements.loadAverage;
import static org.satukota.support.bench.Measurements.percentile;
import static org.satukota.support.bench.Measurements.perOperation;
import static org.satukota.support.bench.Measurements.rawInsertRate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import javax.sql.DataSource;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.bench.BenchPlatform;
import org.satukota.support.bench.BrowserSession;
import org.satukota.support.bench.CpuMeter;
import org.satukota.support.bench.JitWarmUp;
import org.satukota.support.bench.KeepAliveConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Drives complete complaint lifecycles over HTTP — a citizen files a report, the coordinator opens its verify page
 * and disposes it to the category's OPD, the OPD liaison accepts and answers it, the citizen rates it (which closes
 * it) — with concurrent clients, first on an empty database and then after bulk-loading a city's worth of past
 * complaints (one million by default) with their dispositions and action logs. Reports lifecycles per second,
 * p50/p99 per step, CPU per lifecycle (JVM and PostgreSQL) and database activity per lifecycle, next to the raw
 * INSERT rate of the same database. Not a test: started by hand through {@code bench/complaints.sh}; see
 * docs/benchmarks.md.
 *
 * <p>Every client is three people with their own browser session, each logged in once with the web form: a
 * citizen, a coordinator (ADMIN_PENGADUAN in the city) and the liaison (ADMIN_PENGHUBUNG_OPD) of the OPD its
 * category routes to. Each action is a form POST with the session's CSRF token, sent as the page sends it: by htmx
 * (hx-boost), answered in place with the page after the action (the new report's status page after filing). A step
 * fails unless the answer is the expected page and the page says the action was done.
 *
 * <p>Arguments: {@code [clients=16] [lifecycles=2000] [maxSeconds=120] [preload=1000000] [warmup=600]}.
 */
public final class LifecycleBenchmark {


	private static final String PASSWORD = "Bench#Aduan2026";

	private static final String DONE = "id=\"aksi-berhasil\"";

	/** The timed steps of one lifecycle. */
	enum Step {

		SUBMIT("submit (citizen: form POST → status page)"),
		VERIFY_DISPOSE("verify + dispose (coordinator: verify page, disposition POST → page)"),
		RESPOND("respond (liaison: accept POST → page, answer POST → page)"),
		RATE("rate (citizen: rating POST → status page)");

		final String label;

		Step(String label) {
			this.label = label;
		}
	}

	/** One category the benchmark files under, with the OPD its reports go to. */
	record Route(String categoryCode, String categoryName, String keywords, long opdId, String opdCode) {
	}

	private LifecycleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
		int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int maxSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
		int preload = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 600;

		try (BenchPlatform platform = BenchPlatform.start()) {
			ConfigurableApplicationContext app = platform.app();
			String base = platform.base();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Units units = app.getBean(Units.class);
			List<Long> kelurahans = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN)
				.map(UnitView::id).toList();
			long city = units.city().id();
			List<Route> routes = routes(jdbc);
			String hash = app.getBean(PasswordEncoder.class).encode(PASSWORD);

			List<Lifecycle> sessions = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				Route route = routes.get(i % routes.size());
				String citizen = createCitizen(jdbc, hash, i);
				String coordinator = createStaff(jdbc, hash, "bench.koordinator." + i, "ADMIN_PENGADUAN", city);
				String liaison = createStaff(jdbc, hash, "bench.penghubung." + i, "ADMIN_PENGHUBUNG_OPD", route.opdId());
				sessions.add(new Lifecycle(base, jdbc, route, kelurahans, BrowserSession.logIn(base, citizen, PASSWORD, "/warga/pengaduan/baru"),
						BrowserSession.logIn(base, coordinator, PASSWORD, "/staf/pengaduan"),
						BrowserSession.logIn(base, liaison, PASSWORD, "/staf/pengaduan/opd")));
			}

			double insertsPerSecond = rawInsertRate(app.getBean(DataSource.class), clients, Duration.ofSeconds(10));
			CpuMeter cpu = new CpuMeter(platform.databaseName());

			System.out.println("Warming up: " + warmup + " lifecycles (at least 30 s)");
			long warmStart = System.nanoTime();
			run(sessions, warmup, 300);
			while (System.nanoTime() - warmStart < Duration.ofSeconds(30).toNanos()) {
				run(sessions, clients * 5, 60);
			}
			// Then, with two clients only, until the JIT has settled (at most four more minutes): with every core busy the
			// compiler threads get a small share of the CPU and their queue never drains.
			List<Lifecycle> few = sessions.subList(0, Math.min(2, sessions.size()));
			JitWarmUp.untilSettled(() -> run(few, 60, 60), 0.01, Duration.ofMinutes(4));
			Phase empty = measure("empty database", sessions, lifecycles, maxSeconds, jdbc, cpu);
			System.out.println(empty.summary());

			Instant loadStart = Instant.now();
			Preload.Counts loaded = new Preload(jdbc, routes, kelurahans).load(preload);
			Duration loadTime = Duration.between(loadStart, Instant.now());
			System.out.printf("Preloaded %s in %d s%n", loaded, loadTime.toSeconds());
			// Settle caches after the bulk load (the JIT is already warm).
			run(sessions, Math.max(clients * 10, 200), 120);
			Phase full = measure(String.format("%,d complaints", loaded.complaints()), sessions, lifecycles, maxSeconds,
					jdbc, cpu);
			System.out.println(full.summary());

			String report = report(clients, insertsPerSecond, empty, full, loaded, loadTime);
			System.out.println(report);
			if (Boolean.parseBoolean(System.getProperty("bench.append", "true"))) {
				Files.writeString(Path.of("docs/benchmarks.md"), "\n" + report, StandardOpenOption.APPEND);
			}
		}
	}

	/** Leaf categories whose default OPD exists in the directory, most common complaint subjects first. */
	static List<Route> routes(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT k.code, k.name, k.keywords, u.id, u.code AS opd
				FROM pengaduan_kategori k JOIN directory_unit u ON u.code = k.default_opd_code AND u.type = 'OPD'
				  AND u.active
				WHERE k.parent_code IS NOT NULL AND k.active
				ORDER BY k.sort_order, k.code""")
			.query((rs, i) -> new Route(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5)))
			.list();
	}

	static String createCitizen(JdbcClient jdbc, String hash, int i) {
		String email = "bench-warga-" + i + "@warga.test";
		jdbc.sql("""
				INSERT INTO account (kind, username, nik, full_name, email, password_hash, enabled, failed_attempts,
				  created_at, updated_at)
				VALUES ('CITIZEN', :username, :nik, :name, :email, :hash, TRUE, 0, now(), now())""")
			.param("username", "warga-bench-" + i)
			.param("nik", String.format("3171019%09d", i))
			.param("name", "Warga Uji " + i)
			.param("email", email)
			.param("hash", hash)
			.update();
		return email;
	}

	static String createStaff(JdbcClient jdbc, String hash, String username, String role, long unitId) {
		long id = jdbc.sql("""
				INSERT INTO account (kind, username, full_name, email, password_hash, enabled, failed_attempts, created_at,
				  updated_at)
				VALUES ('STAFF', :username, :name, :email, :hash, TRUE, 0, now(), now()) RETURNING id""")
			.param("username", username)
			.param("name", "Petugas " + username)
			.param("email", username + "@pemkot.test")
			.param("hash", hash)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO role_grant (account_id, role, unit_id, granted_at, granted_by)
				VALUES (:a, :role, :unit, now(), 'benchmark')""")
			.param("a", id)
			.param("role", role)
			.param("unit", unitId)
			.update();
		return username;
	}

	// --- running ---------------------------------------------------------------------------------------------------

	/** What one run of lifecycles produced. */
	record Outcome(int completed, EnumMap<Step, Integer> failedAt, double seconds, EnumMap<Step, long[]> latencies,
			long[] lifecycleMicros) {
	}

	static Outcome run(List<Lifecycle> clients, int lifecycles, int maxSeconds) throws Exception {
		AtomicInteger remaining = new AtomicInteger(lifecycles);
		AtomicInteger completed = new AtomicInteger();
		AtomicLongArray failed = new AtomicLongArray(Step.values().length);
		EnumMap<Step, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			latencies.put(step, new ConcurrentLinkedQueue<>());
		}
		ConcurrentLinkedQueue<Long> whole = new ConcurrentLinkedQueue<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		List<Future<?>> futures = new ArrayList<>();
		for (Lifecycle client : clients) {
			futures.add(pool.submit(() -> {
				start.await();
				long[] micros = new long[Step.values().length];
				while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
					Step failedStep = client.runOnce(micros);
					if (failedStep != null) {
						failed.incrementAndGet(failedStep.ordinal());
						continue;
					}
					completed.incrementAndGet();
					long sum = 0;
					for (Step step : Step.values()) {
						latencies.get(step).add(micros[step.ordinal()]);
						sum += micros[step.ordinal()];
					}
					whole.add(sum);
				}
				return null;
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdown();
		EnumMap<Step, Integer> failedAt = new EnumMap<>(Step.class);
		EnumMap<Step, long[]> sorted = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			failedAt.put(step, (int) failed.get(step.ordinal()));
			sorted.put(step, latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray());
		}
		return new Outcome(completed.get(), failedAt, seconds, sorted,
				whole.stream().mapToLong(Long::longValue).sorted().toArray());
	}

	/** A measured run with the machine's and the database's view of it. */
	record Phase(String name, Outcome outcome, double jvmMillis, double postgresMillis, double otherMillis,
			double busyShare, String loadBefore, String loadAfter, Map<String, Double> activity, long closedInDatabase,
			long complaintsInDatabase) {

		double perSecond() {
			return outcome.completed() / outcome.seconds();
		}

		int failed() {
			return outcome.failedAt().values().stream().mapToInt(Integer::intValue).sum();
		}

		String summary() {
			return String.format("%s: %d lifecycles (%d failed) in %.1f s = %.1f/s; CPU/lifecycle JVM %.1f ms, "
					+ "PostgreSQL %.1f ms", name, outcome.completed(), failed(), outcome.seconds(), perSecond(),
					jvmMillis, postgresMillis);
		}
	}

	static Phase measure(String name, List<Lifecycle> sessions, int lifecycles, int maxSeconds, JdbcClient jdbc,
			CpuMeter cpu) throws Exception {
		long closedBefore = closedByBenchmark(jdbc);
		String loadBefore = loadAverage();
		Map<String, Long> statsBefore = databaseActivity(jdbc);
		CpuMeter.Reading before = cpu.read();
		Outcome outcome = run(sessions, lifecycles, maxSeconds);
		CpuMeter.Reading after = cpu.read();
		Map<String, Long> statsAfter = databaseActivity(jdbc);
		String loadAfter = loadAverage();
		int n = Math.max(1, outcome.completed());
		double jvm = after.jvmSeconds() - before.jvmSeconds();
		double postgres = after.postgresSeconds() - before.postgresSeconds();
		double busy = after.machineBusySeconds() - before.machineBusySeconds();
		double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
		long closed = closedByBenchmark(jdbc) - closedBefore;
		long total = jdbc.sql("SELECT count(*) FROM pengaduan").query(Long.class).single();
		return new Phase(name, outcome, 1000 * jvm / n, 1000 * postgres / n, 1000 * Math.max(0, busy - jvm - postgres) / n,
				busy / (wall * Runtime.getRuntime().availableProcessors()), loadBefore, loadAfter,
				perOperation(statsBefore, statsAfter, n), closed, total);
	}

	/** Independent of the HTTP answers: the benchmark's reports the database holds as rated and closed. */
	static long closedByBenchmark(JdbcClient jdbc) {
		return jdbc.sql("SELECT count(*) FROM pengaduan WHERE idempotency_key LIKE 'bench-%' AND status = 'SELESAI' "
				+ "AND rating IS NOT NULL").query(Long.class).single();
	}

	// --- the clients -----------------------------------------------------------------------------------------------

	/** A citizen, a coordinator and a liaison taking reports through their whole life, one after another. */
	static final class Lifecycle {

		private static final String[] PLACES = { "depan pasar", "dekat sekolah", "di gang masjid", "samping puskesmas",
				"ujung jalan", "dekat jembatan", "depan kantor kelurahan", "di perempatan" };

		private final JdbcClient jdbc;

		private final Route route;

		private final List<Long> kelurahans;

		private final BrowserSession citizen;

		private final BrowserSession coordinator;

		private final BrowserSession liaison;

		private final String[] words;

		Lifecycle(String base, JdbcClient jdbc, Route route, List<Long> kelurahans, BrowserSession citizen,
				BrowserSession coordinator, BrowserSession liaison) {
			this.jdbc = jdbc;
			this.route = route;
			this.kelurahans = kelurahans;
			this.citizen = citizen;
			this.coordinator = coordinator;
			this.liaison = liaison;
			this.words = route.keywords().isBlank() ? new String[] { "masalah" } : route.keywords().split(",");
		}

		/** One lifecycle; fills {@code micros} per step and returns the step that failed, or null. */
		Step runOnce(long[] micros) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			Arrays.fill(micros, 0);
			try {
				// 1. The citizen files the report (multipart form, as the page sends it, without a photo).
				long t = System.nanoTime();
				String place = PLACES[random.nextInt(PLACES.length)];
				String word = words[random.nextInt(words.length)].strip();
				KeepAliveConnection.Response filed = citizen.sendInPlace("/warga/pengaduan/baru", Map.of(
						"idempotencyKey", "bench-" + UUID.randomUUID(), "kind", "PENGADUAN", "category",
						route.categoryCode(), "title", capitalised(word) + " " + place + " RT " + (1 + random.nextInt(12)),
						"description", "Sudah " + (2 + random.nextInt(20)) + " hari " + route.categoryName().toLowerCase()
								+ " " + place + ". Warga sekitar terganggu, mohon segera ditindaklanjuti oleh petugas ("
								+ word + ").",
						"latitude", String.format("%.6f", -8.65 + (random.nextDouble() - 0.5) * 0.1),
						"longitude", String.format("%.6f", 115.22 + (random.nextDouble() - 0.5) * 0.1),
						"kelurahan", kelurahans.get(random.nextInt(kelurahans.size())).toString(),
						"address", "Jl. Contoh No. " + (1 + random.nextInt(200))), true);
				// Answered in place: the new report's status page, the address bar moved to it.
				String address = filed.pageUrl() == null ? "" : filed.pageUrl();
				if (filed.status() != 200 || !address.startsWith("/warga/pengaduan/ADU-") || !address.endsWith("?terkirim")
						|| !filed.body().contains("id=\"notice-terkirim\"")) {
					return Step.SUBMIT;
				}
				String number = address.substring("/warga/pengaduan/".length(), address.indexOf('?'));
				micros[Step.SUBMIT.ordinal()] = (System.nanoTime() - t) / 1000;
				// The coordinator picks it in the queue; the queue page itself is measured separately.
				UUID id = jdbc.sql("SELECT id FROM pengaduan WHERE tracking_number = :n").param("n", number)
					.query(UUID.class).single();

				// 2. Verify (the page with the suggested OPD and likely duplicates) and dispose to the OPD.
				t = System.nanoTime();
				String coordinatorPage = "/staf/pengaduan/" + id;
				KeepAliveConnection.Response verify = coordinator.get(coordinatorPage);
				if (verify.status() != 200 || !verify.body().contains("/disposisi")) {
					return Step.VERIFY_DISPOSE;
				}
				String page = coordinator.postInPlace(coordinatorPage + "/disposisi",
						Map.of("opd", Long.toString(route.opdId()), "note", "Mohon ditindaklanjuti."), false, coordinatorPage);
				if (page == null || !page.contains(DONE)) {
					return Step.VERIFY_DISPOSE;
				}
				micros[Step.VERIFY_DISPOSE.ordinal()] = (System.nanoTime() - t) / 1000;

				// 3. The liaison accepts and answers.
				t = System.nanoTime();
				String liaisonPage = "/staf/pengaduan/opd/" + id;
				page = liaison.postInPlace(liaisonPage + "/terima", Map.of(), false, liaisonPage);
				if (page == null || !page.contains(DONE)) {
					return Step.RESPOND;
				}
				page = liaison.postInPlace(liaisonPage + "/jawab", Map.of("answer",
						"Petugas sudah menangani laporan ini di lokasi. Terima kasih atas laporannya."), true, liaisonPage);
				if (page == null || !page.contains(DONE)) {
					return Step.RESPOND;
				}
				micros[Step.RESPOND.ordinal()] = (System.nanoTime() - t) / 1000;

				// 4. The citizen rates it, which closes it.
				t = System.nanoTime();
				String statusPage = "/warga/pengaduan/" + number;
				page = citizen.postInPlace(statusPage + "/nilai",
						Map.of("rating", Integer.toString(3 + random.nextInt(3)), "comment", "Terima kasih."), false, statusPage);
				if (page == null || !page.contains(DONE)) {
					return Step.RATE;
				}
				micros[Step.RATE.ordinal()] = (System.nanoTime() - t) / 1000;
				return null;
			}
			catch (IOException | RuntimeException ex) {
				for (Step step : Step.values()) {
					if (micros[step.ordinal()] == 0) {
						return step;
					}
				}
				return Step.RATE;
			}
		}

		private static String capitalised(String word) {
			return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
		}
	}

	// --- report ----------------------------------------------------------------------------------------------------

	static String report(int clients, double insertsPerSecond, Phase empty, Phase full, Preload.Counts loaded,
			Duration loadTime) throws IOException {
		StringBuilder steps = new StringBuilder();
		for (Step step : Step.values()) {
			long[] e = empty.outcome().latencies().get(step);
			long[] f = full.outcome().latencies().get(step);
			steps.append(String.format("| %s | %.1f / %.1f ms | %.1f / %.1f ms | %d / %d |%n", step.label,
					percentile(e, 50) / 1000.0, percentile(e, 99) / 1000.0, percentile(f, 50) / 1000.0,
					percentile(f, 99) / 1000.0, empty.outcome().failedAt().get(step), full.outcome().failedAt().get(step)));
		}
		long[] ew = empty.outcome().lifecycleMicros();
		long[] fw = full.outcome().lifecycleMicros();
		steps.append(String.format("| whole lifecycle (sum of the steps) | %.1f / %.1f ms | %.1f / %.1f ms | %d / %d |%n",
				percentile(ew, 50) / 1000.0, percentile(ew, 99) / 1000.0, percentile(fw, 50) / 1000.0,
				percentile(fw, 99) / 1000.0, empty.failed(), full.failed()));
		StringBuilder activity = new StringBuilder();
		java.util.Set<String> keys = new java.util.TreeSet<>(empty.activity().keySet());
		keys.addAll(full.activity().keySet());
		for (String key : keys) {
			activity.append(String.format("| %s | %.2f | %.2f |%n", key, empty.activity().getOrDefault(key, 0.0),
					full.activity().getOrDefault(key, 0.0)));
		}
		return """
				## Complaint lifecycles over HTTP (%s)

				Machine: %d cores (%s), %s %s, Java %s, JVM max heap %d MB; embedded PostgreSQL 17 (zonky, synchronous commit) on the same
				machine, application and load generator in the same JVM, localhost only. 1-minute load average
				before/after the measured runs: empty %s / %s, loaded %s / %s (it counts this benchmark's own threads).

				Load: %d concurrent clients, each a citizen, a coordinator and the liaison of the category's OPD, each
				with its own session (logged in once with the web form); every lifecycle is: the citizen files a report
				(multipart form, no photo, fresh idempotency key) → status page; the coordinator opens the verify page
				(suggested OPD, likely duplicates) and disposes it → page; the liaison accepts → page and answers → page;
				the citizen rates it (closes it) → status page. The forms are sent as htmx sends them on the pages
				(hx-boost): each POST must answer with the page after it in place (200, the address in HX-Push-Url or
				HX-Replace-Url) showing the "sent" or "done" notice, else the lifecycle counts as failed at that step. Warm-up (until the JIT compilers settled) excluded.
				Preload: %s in %d s (bulk INSERT … SELECT, then ANALYZE).

				| measure | empty database | %s |
				| --- | --- | --- |
				| lifecycles completed (failed) | %d (%d) in %.1f s | %d (%d) in %.1f s |
				| **lifecycles per second** | **%.1f** | **%.1f** |
				| rated and closed in the database by this run | %d | %d |
				| complaints in the database after the run | %,d | %,d |
				| CPU per lifecycle: this JVM (server + clients) | %.1f ms | %.1f ms |
				| CPU per lifecycle: PostgreSQL | %.1f ms | %.1f ms |
				| CPU per lifecycle: other processes | %.1f ms | %.1f ms |
				| machine busy during the run | %.0f %% | %.0f %% |
				| ceiling on these cores at this CPU cost | %.0f/s | %.0f/s |
				| raw single-row INSERT rate, same database, %d threads | %.0f rows/s | |

				p50 / p99 per step (each includes the page after the action):

				| step | empty p50 / p99 | loaded p50 / p99 | failed empty / loaded |
				| --- | --- | --- | --- |
				%s
				Database activity per lifecycle:

				| counter | empty | loaded |
				| --- | --- | --- |
				%s""".formatted(
				DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)).substring(0, 16)
						+ " UTC",
				Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), empty.loadBefore(), empty.loadAfter(),
				full.loadBefore(), full.loadAfter(), clients, loaded, loadTime.toSeconds(), full.name(),
				empty.outcome().completed(), empty.failed(), empty.outcome().seconds(), full.outcome().completed(),
				full.failed(), full.outcome().seconds(), empty.perSecond(), full.perSecond(), empty.closedInDatabase(),
				full.closedInDatabase(), empty.complaintsInDatabase(), full.complaintsInDatabase(), empty.jvmMillis(),
				full.jvmMillis(), empty.postgresMillis(), full.postgresMillis(), empty.otherMillis(), full.otherMillis(),
				100 * empty.busyShare(), 100 * full.busyShare(), ceiling(empty), ceiling(full), clients,
				insertsPerSecond, steps, activity);
	}

	private static double ceiling(Phase phase) {
		return 1000.0 * Runtime.getRuntime().availableProcessors() / (phase.jvmMillis() + phase.postgresMillis());
	}
}
