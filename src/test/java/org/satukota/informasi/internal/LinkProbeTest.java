package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link probe against a local server on a dynamic port: live, dead, slow, redirected and HEAD-refusing pages. */
class LinkProbeTest {

	private HttpServer server;

	private String base;

	private final AtomicInteger concurrent = new AtomicInteger();

	private final AtomicInteger maxConcurrent = new AtomicInteger();

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ok", exchange -> answer(exchange, 200));
		server.createContext("/hilang", exchange -> answer(exchange, 404));
		server.createContext("/lambat", exchange -> {
			sleep(3000);
			answer(exchange, 200);
		});
		server.createContext("/pindah", exchange -> {
			exchange.getResponseHeaders().add("Location", base + "/ok");
			answer(exchange, 301);
		});
		server.createContext("/pindah-ke-hilang", exchange -> {
			exchange.getResponseHeaders().add("Location", base + "/hilang");
			answer(exchange, 302);
		});
		server.createContext("/tanpa-head", exchange -> answer(exchange,
				"HEAD".equals(exchange.getRequestMethod()) ? 405 : 200));
		server.createContext("/antre", exchange -> {
			int now = concurrent.incrementAndGet();
			maxConcurrent.accumulateAndGet(now, Math::max);
			sleep(150);
			concurrent.decrementAndGet();
			answer(exchange, 200);
		});
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void liveDeadSlowAndRedirectedLinksAreToldApart() {
		LinkProbe probe = new LinkProbe(Duration.ofSeconds(1), Duration.ofMillis(800), 3);
		Map<String, LinkProbe.Outcome> outcomes = probe.check(List.of(base + "/ok", base + "/hilang", base + "/lambat",
				base + "/pindah", base + "/pindah-ke-hilang", base + "/tanpa-head"));

		assertThat(outcomes.get(base + "/ok").ok()).isTrue();
		assertThat(outcomes.get(base + "/hilang")).returns(false, LinkProbe.Outcome::ok)
			.returns(404, LinkProbe.Outcome::status);
		assertThat(outcomes.get(base + "/lambat")).returns(false, LinkProbe.Outcome::ok)
			.returns("timeout", LinkProbe.Outcome::detail);
		assertThat(outcomes.get(base + "/pindah")).returns(true, LinkProbe.Outcome::ok)
			.returns(200, LinkProbe.Outcome::status);
		assertThat(outcomes.get(base + "/pindah-ke-hilang")).returns(false, LinkProbe.Outcome::ok)
			.returns(404, LinkProbe.Outcome::status);
		// A server that refuses HEAD is asked again with GET.
		assertThat(outcomes.get(base + "/tanpa-head").ok()).isTrue();
	}

	@Test
	void anUnreachableServerAndAMalformedAddressAreDead() {
		LinkProbe probe = new LinkProbe(Duration.ofMillis(500), Duration.ofMillis(500), 2);
		server.stop(0);
		assertThat(probe.probe(base + "/ok")).returns(false, LinkProbe.Outcome::ok);
		assertThat(probe.probe("bukan alamat")).returns(false, LinkProbe.Outcome::ok)
			.returns("invalid", LinkProbe.Outcome::detail);
		assertThat(probe.probe("ftp://example.org/x")).returns("invalid", LinkProbe.Outcome::detail);
	}

	@Test
	void noMoreThanTheAllowedNumberOfRequestsRunAtOnce() {
		LinkProbe probe = new LinkProbe(Duration.ofSeconds(2), Duration.ofSeconds(2), 2);
		List<String> urls = java.util.stream.IntStream.range(0, 8).mapToObj(i -> base + "/antre?n=" + i).toList();
		assertThat(probe.check(urls).values()).allMatch(LinkProbe.Outcome::ok);
		assertThat(maxConcurrent.get()).isBetween(1, 2);
	}
}
