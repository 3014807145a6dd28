package org.satukota.kendali.internal;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satukota.SatuKotaApplication;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Wall latency: N concurrent SSE clients on {@code /kendali/dinding/aliran} while calls are logged over HTTP at a
 * steady rate. Each logged call is an audited event that travels the real path (after-commit listener → feed row
 * with NOTIFY → this node's fan-out thread → every emitter); latency is the client's receive time minus the
 * decision's {@code occurredAt} carried in the entry. Reports p50/p95/p99 and the CPU of the JVM and of PostgreSQL.
 * Not a test; see docs/benchmarks.md. Arguments: {@code [clients=100] [eventsPerSecond=10] [seconds=30]}.
 */
public final class WallBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");

	private static String dataDirectory = "";

	private WallBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		dataDirectory = "bench-db/" + UUID.randomUUID();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(SatuKotaApplication.class).profiles("test")
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--satukota.database.embedded.data-directory=target/" + dataDirectory,
					"--logging.level.root=WARN", "--spring.thymeleaf.cache=true",
					"--server.servlet.session.cookie.secure=false", "--server.tomcat.threads.max=300");
		try {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			Units units = app.getBean(Units.class);
			Staff staff = new Staff(MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
				.apply(SecurityMockMvcConfigurers.springSecurity())
				.build());
			String operator = staff.account("bench", Role.OPERATOR_112, units.findByCode("DISKOMINFO").orElseThrow().id());
			// One session shared by every screen: the benchmark measures the push path, not 100 bcrypt logins.
			String cookie = SseClient.login(port, operator, Staff.PASSWORD);

			List<SseClient> screens = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				screens.add(new SseClient(port, "/kendali/dinding/aliran", cookie, null));
			}
			Thread.sleep(1_000);

			HttpClient http = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + port;
			String console = http.send(HttpRequest.newBuilder(URI.create(base + "/staf/kendali")).header("Cookie", cookie)
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = CSRF.matcher(console);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the console");
			}
			String form = "saluran=PHONE&klasifikasi=GHOST&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);

			long cpuBefore = jvmCpuNanos();
			long pgBefore = postgresTicks();
			long wallStart = System.nanoTime();
			int total = rate * seconds;
			long interval = 1_000_000_000L / rate;
			for (int i = 0; i < total; i++) {
				long due = wallStart + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				http.send(HttpRequest.newBuilder(URI.create(base + "/staf/kendali/panggilan")).header("Cookie", cookie)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
			}
			Thread.sleep(3_000);
			double elapsed = (System.nanoTime() - wallStart) / 1e9;
			double jvmCpu = (jvmCpuNanos() - cpuBefore) / 1e9;
			double pgCpu = (postgresTicks() - pgBefore) / 100.0;

			List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
			ConcurrentHashMap<Long, Boolean> seen = new ConcurrentHashMap<>();
			int received = 0;
			int missing = 0;
			for (SseClient screen : screens) {
				List<SseClient.Event> events = screen.await(total, 100);
				received += events.size();
				missing += Math.max(0, total - events.size());
				long wallNanos = System.nanoTime();
				long wallMillis = System.currentTimeMillis();
				for (SseClient.Event event : events) {
					seen.put(event.id(), true);
					Matcher at = AT.matcher(event.data());
					if (at.find()) {
						// Receive time on the wall clock = now − (nanos since the event was read).
						double receivedAt = wallMillis - (wallNanos - event.receivedNanos()) / 1e6;
						latencies.add(receivedAt - Instant.parse(at.group(1)).toEpochMilli());
					}
				}
				screen.close();
			}
			Collections.sort(latencies);
			String report = String.format("""

					## Pusat Kendali: wall latency (%s)

					Command: `bench/wall-sse.sh %d %d %d`. %d SSE clients on `/kendali/dinding/aliran`, %d calls logged over
					HTTP at %d/s for %d s (each one audited event → feed row → fan-out → every client). Machine: %d cores,
					Java %s; 1-minute load average before the run %s.

					| measure | value |
					| --- | --- |
					| events produced | %d |
					| events received (all clients) | %d (missing %d) |
					| latency p50 | %.0f ms |
					| latency p95 | %.0f ms |
					| latency p99 | %.0f ms |
					| latency max | %.0f ms |
					| JVM CPU (server + load clients) | %.2f s over %.1f s = %.0f %% of one core |
					| PostgreSQL CPU | %.2f s = %.0f %% of one core |

					Target: p95 under 1 s — %s.
					""", DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0)),
					clients, rate, seconds, clients, total, rate, seconds, Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), loadAverage(), total, received, missing, pct(latencies, 50),
					pct(latencies, 95), pct(latencies, 99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1),
					jvmCpu, elapsed, 100 * jvmCpu / elapsed, pgCpu, 100 * pgCpu / elapsed,
					pct(latencies, 95) < 1000 ? "met" : "NOT met");
			System.out.println(report);
			Files.writeString(Path.of("docs/benchmarks.md"), report, StandardOpenOption.APPEND);
		}
		finally {
			app.close();
		}
	}

	private static double pct(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	// utime + stime (clock ticks, 100/s) of this run's PostgreSQL: the postmaster started on the bench data
	// directory (pg_ctl detaches it from the JVM) and its backends.
	private static long postgresTicks() {
		String dir = dataDirectory;
		java.util.stream.Stream<ProcessHandle> postmasters = ProcessHandle.allProcesses().filter(p -> {
			try {
				String cmd = Files.readString(Path.of("/proc/" + p.pid() + "/cmdline")).replace('\0', ' ');
				return cmd.contains("postgres") && cmd.contains(dir);
			}
			catch (Exception ex) {
				return false;
			}
		});
		return postmasters.flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants())).mapToLong(p -> {
			try {
				String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(f[11]) + Long.parseLong(f[12]);
			}
			catch (Exception ex) {
				return 0;
			}
		}).sum();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (Exception ex) {
			return "?";
		}
	}
}
