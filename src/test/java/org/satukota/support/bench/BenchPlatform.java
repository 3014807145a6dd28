package org.satukota.support.bench;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.satukota.SatuKotaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform as the HTTP benchmarks run it: test profile, a fresh embedded PostgreSQL under
 * {@code target/bench-db/}, a random localhost port, warnings-only logging and cached templates.
 *
 * @param dataDirectory the database directory (the CPU meter finds the PostgreSQL server by it)
 * @param base the platform's address, e.g. {@code http://127.0.0.1:41234}
 */
public record BenchPlatform(ConfigurableApplicationContext app, String dataDirectory, String base)
		implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static BenchPlatform start() {
		String dataDirectory = "target/bench-db/" + UUID.randomUUID();
		// Command-line properties: they override application.yml and the test profile.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(SatuKotaApplication.class).profiles("test")
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--satukota.database.embedded.data-directory=" + dataDirectory, "--logging.level.root=WARN",
					"--spring.thymeleaf.cache=true",
					// Measured as the platform runs by default: every commit waits for its WAL flush.
					"--satukota.database.embedded.synchronous-commit=true",
					// Plain HTTP on localhost: the session cookie must travel without TLS here.
					"--server.servlet.session.cookie.secure=false");
		String port = app.getEnvironment().getProperty("local.server.port");
		return new BenchPlatform(app, dataDirectory, "http://127.0.0.1:" + port);
	}

	/** The data directory's last path element, which the PostgreSQL server's command line carries. */
	public String databaseName() {
		return dataDirectory.substring(dataDirectory.lastIndexOf('/') + 1);
	}

	/** The CSRF token of a rendered form page. */
	public static String csrfOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in page");
		}
		return matcher.group(1);
	}

	@Override
	public void close() {
		app.close();
	}
}
