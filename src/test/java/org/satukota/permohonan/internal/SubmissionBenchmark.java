package org.satukota.permohonan.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import static org.satukota.support.bench.Measurements.cpuModel;
import static org.satukota.support.bench.Measurements.databaseActivity;
import static org.satukota.support.bench.Measurements.loadAverage;
import static org.satukota.support.bench.Measurements.percentile;
import static org.satukota.support.bench.Measurements.rawInsertRate;

import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.support.bench.BenchPlatform;
import org.satukota.support.bench.BrowserSession;
import org.satukota.support.bench.CpuMeter;
import org.satukota.support.bench.JitWarmUp;
import org.satukota.support.bench.KeepAliveConnection;
import org.satukota.support.bench.Measurements.Multipart;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Measures application submissions per second over HTTP against the embedded PostgreSQL, next to the raw
 * single-row INSERT rate of the same database in the same run. Not a test (it is not named *Test and runs only
 * when started by hand); see docs/benchmarks.md for the command.
 *
 * <p>It starts the whole platform on a random localhost port with a fresh database, creates one citizen per client,
 * and lets every client log in once (a session, as a browser or app would keep) and then submit complete Surat
 * Keterangan Domisili applications (form values plus three small PDF uploads, each with a new idempotency key) one
 * after another. Every submission does all the real work: file checks and storage, the application row, its
 * history, the registration number, the outbox email and the audited event.
 *
 * <p>Arguments: {@code [clients=16] [submissions=3000] [maxSeconds=60] [warmup=300]}.
 */
public final class SubmissionBenchmark {


	private static final String PASSWORD = "Warga#Bench2026";

	private SubmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
		int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
		int maxSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2000;

		try (BenchPlatform platform = BenchPlatform.start()) {
			ConfigurableApplicationContext app = platform.app();
			String base = platform.base();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long kelurahan = app.getBean(Units.class)
				.activeUnits()
				.stream()
				.filter(u -> u.type() == UnitType.KELURAHAN)
				.findFirst()
				.orElseThrow()
				.id();
			List<String> logins = createCitizens(jdbc, app.getBean(PasswordEncoder.class), clients);

			double insertsPerSecond = rawInsertRate(app.getBean(DataSource.class), clients, Duration.ofSeconds(10));

			List<Client> sessions = new ArrayList<>();
			for (String login : logins) {
				sessions.add(Client.logIn(base, login, kelurahan));
			}
			run(sessions, warmup, 60);
			// Then, with two clients only, until the JIT has settled (at most four more minutes): with every core busy the
			// compiler threads get a small share of the CPU and their queue never drains.
			List<Client> few = sessions.subList(0, Math.min(2, sessions.size()));
			JitWarmUp.untilSettled(() -> run(few, 500, 30), 0.01, Duration.ofMinutes(4));
			CpuMeter cpu = new CpuMeter(platform.databaseName());
			String loadBefore = loadAverage();
			Map<String, Long> statsBefore = databaseActivity(jdbc);
			CpuMeter.Reading cpuBefore = cpu.read();
			Result result = run(sessions, submissions, maxSeconds);
			CpuMeter.Reading cpuAfter = cpu.read();
			Map<String, Long> statsAfter = databaseActivity(jdbc);
			String loadAfter = loadAverage();
			CpuUse cpuUse = CpuUse.between(cpuBefore, cpuAfter, result.ok());
			long stored = jdbc.sql("SELECT count(*) FROM permohonan WHERE status = 'DIAJUKAN'").query(Long.class).single();

			String report = report(clients, result, insertsPerSecond, stored, loadBefore, loadAfter, cpuUse);
			System.out.println(report);
			System.out.println("Database activity per accepted submission (commits, rows read by index/sequential scans,"
					+ " rows written per table):");
			statsAfter.forEach((key, after) -> {
				double perSubmission = (after - statsBefore.getOrDefault(key, 0L)) / (double) Math.max(1, result.ok());
				if (perSubmission >= 0.05) {
					System.out.printf("  %-40s %8.2f%n", key, perSubmission);
				}
			});
			if (!Boolean.parseBoolean(System.getProperty("bench.append", "true"))) {
				return;
			}
			Path docs = Path.of("docs/benchmarks.md");
			if (!Files.exists(docs)) {
				Files.createDirectories(docs.getParent());
				Files.writeString(docs, "# Benchmarks\n");
			}
			Files.writeString(docs, "\n" + report, StandardOpenOption.APPEND);
		}
	}

	/** Citizens straight in the table with one shared hash: registration is not what is measured. */
	static List<String> createCitizens(JdbcClient jdbc, PasswordEncoder encoder, int count) {
		String hash = encoder.encode(PASSWORD);
		String run = Long.toString(System.currentTimeMillis() % 1_000_000);
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('account', 'id'))").query(Long.class).single();
			String email = "bench" + run + "-" + i + "@warga.test";
			String nik = String.format("3171011%05d%04d", (Integer.parseInt(run) + i) % 100000, 1 + i % 9999)
				.substring(0, 16);
			jdbc.sql("""
					INSERT INTO account (id, kind, username, nik, full_name, email, phone, password_hash, enabled,
					  failed_attempts, created_at, updated_at)
					VALUES (:id, 'CITIZEN', :username, :nik, :name, :email, NULL, :hash, TRUE, 0, now(), now())""")
				.param("id", id)
				.param("username", "warga-" + id)
				.param("nik", nik)
				.param("name", "Warga Uji " + i)
				.param("email", email)
				.param("hash", hash)
				.update();
			emails.add(email);
		}
		return emails;
	}

	record Result(int ok, int failed, double seconds, long p50Micros, long p90Micros, long p99Micros, long maxMicros) {

		double perSecond() {
			return ok / seconds;
		}
	}

	static Result run(List<Client> clients, int submissions, int maxSeconds) throws Exception {
		AtomicInteger remaining = new AtomicInteger(submissions);
		AtomicInteger failed = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		List<Future<?>> futures = new ArrayList<>();
		for (Client client : clients) {
			futures.add(pool.submit(() -> {
				start.await();
				while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
					long began = System.nanoTime();
					boolean ok = client.submit();
					long micros = (System.nanoTime() - began) / 1000;
					if (ok) {
						latencies.add(micros);
					}
					else {
						failed.incrementAndGet();
					}
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
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Result(sorted.length, failed.get(), seconds, percentile(sorted, 50), percentile(sorted, 90),
				percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
	}

	/** CPU milliseconds per accepted submission, by this JVM (server and clients), PostgreSQL and everything else. */
	record CpuUse(double jvmMillis, double postgresMillis, double otherMillis, double machineBusyShare) {

		static CpuUse between(CpuMeter.Reading before, CpuMeter.Reading after, int submissions) {
			double jvm = after.jvmSeconds() - before.jvmSeconds();
			double postgres = after.postgresSeconds() - before.postgresSeconds();
			double busy = after.machineBusySeconds() - before.machineBusySeconds();
			double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
			int n = Math.max(1, submissions);
			return new CpuUse(1000 * jvm / n, 1000 * postgres / n, 1000 * Math.max(0, busy - jvm - postgres) / n,
					busy / (wall * Runtime.getRuntime().availableProcessors()));
		}

		/** What the two cores could do if this platform had them to itself. */
		double ceilingPerSecond() {
			return 1000.0 * Runtime.getRuntime().availableProcessors() / (jvmMillis + postgresMillis);
		}
	}

	static String report(int clients, Result result, double insertsPerSecond, long stored, String loadBefore,
			String loadAfter, CpuUse cpuUse) throws IOException {
		String cpu = cpuModel();
		long memoryMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
		return """
				## Application submissions over HTTP (%s)

				Machine: %d cores (%s), %s %s, Java %s (%s), JVM max heap %d MB; embedded PostgreSQL 17 (zonky, synchronous commit) on
				the same machine, application and load generator in the same JVM, localhost only. 1-minute load
				average before/after the measured run: %s / %s (it counts this benchmark's own threads too).

				Load: %d concurrent clients, each logged in once (session cookie) and submitting complete Surat
				Keterangan Domisili applications back to back: form values and three PDF uploads in one multipart POST
				with a fresh idempotency key, answered by the redirect to the new application. Warm-up (until the JIT compilers settled) excluded.

				| measure | value |
				| --- | --- |
				| submissions accepted | %d (failed: %d) in %.1f s |
				| **submissions per second** | **%.1f** |
				| latency p50 | %.1f ms |
				| latency p90 | %.1f ms |
				| latency p99 | %.1f ms |
				| latency max | %.1f ms |
				| raw single-row INSERT rate, same database, %d threads | %.0f rows/s |
				| applications stored (incl. warm-up) | %d |
				| CPU per submission: this JVM (server + clients) | %.2f ms |
				| CPU per submission: PostgreSQL | %.2f ms |
				| CPU per submission: other processes on the machine | %.2f ms |
				| machine busy during the run | %.0f %% |
				| ceiling on these cores at this CPU cost (cores ÷ (JVM + PostgreSQL) CPU per submission) | %.0f/s |
				""".formatted(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)).substring(0, 16) + " UTC",
				Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				memoryMb, loadBefore, loadAfter, clients, result.ok(), result.failed(), result.seconds(), result.perSecond(),
				result.p50Micros() / 1000.0, result.p90Micros() / 1000.0, result.p99Micros() / 1000.0,
				result.maxMicros() / 1000.0, clients, insertsPerSecond, stored, cpuUse.jvmMillis(), cpuUse.postgresMillis(),
				cpuUse.otherMillis(), 100 * cpuUse.machineBusyShare(), cpuUse.ceilingPerSecond());
	}

	/** One citizen's logged-in browser and the form it submits again and again. */
	static final class Client {

		private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

		private final BrowserSession browser;

		private final long kelurahan;

		private Client(BrowserSession browser, long kelurahan) {
			this.browser = browser;
			this.kelurahan = kelurahan;
		}

		static Client logIn(String base, String email, long kelurahan) throws Exception {
			return new Client(BrowserSession.logIn(base, email, PASSWORD, "/warga/permohonan/baru/sk-domisili"),
					kelurahan);
		}

		boolean submit() {
			String boundary = "----satukota" + UUID.randomUUID();
			Multipart body = new Multipart(boundary);
			body.field("_csrf", browser.csrf());
			body.field("idempotencyKey", UUID.randomUUID().toString());
			body.field("tindakan", "ajukan");
			body.field("isian.keperluan", "Melamar pekerjaan");
			body.field("isian.alamat", "Jl. Merdeka No. 10, RT 03 RW 01");
			body.field("isian.kelurahan", Long.toString(kelurahan));
			body.field("isian.lama-tinggal", "2 tahun");
			body.file("berkas.pengantar-rt-rw", "pengantar.pdf", "application/pdf", PDF);
			body.file("berkas.ktp", "ktp.pdf", "application/pdf", PDF);
			body.file("berkas.kk", "kk.pdf", "application/pdf", PDF);
			try {
				KeepAliveConnection.Response response = browser.post("/warga/permohonan/baru/sk-domisili",
						"multipart/form-data; boundary=" + boundary, body.bytes());
				return response.status() == 302 && response.location() != null
						&& response.location().endsWith("?diajukan");
			}
			catch (IOException ex) {
				return false;
			}
		}
	}
}
