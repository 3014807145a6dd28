package org.satukota.informasi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks whether web addresses answer: {@code HEAD} first (cheap), then {@code GET} when a server refuses or
 * mishandles {@code HEAD}; redirects are followed; every request has a connect and a response timeout; at most
 * {@code concurrency} requests run at once so a run never floods a server (or the platform itself).
 */
final class LinkProbe {

	/** What one address gave: reachable or not, the final HTTP status if any, and why not. */
	record Outcome(String url, boolean ok, Integer status, String detail) {
	}

	private static final String USER_AGENT = "SatuKota-LinkChecker/1.0";

	private final HttpClient client;

	private final Duration timeout;

	private final int concurrency;

	LinkProbe(Duration connectTimeout, Duration timeout, int concurrency) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.timeout = timeout;
		this.concurrency = Math.max(1, concurrency);
	}

	Map<String, Outcome> check(Collection<String> urls) {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread thread = new Thread(runnable, "informasi-link-probe");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (String url : urls) {
				futures.add(pool.submit(() -> probe(url)));
			}
			Map<String, Outcome> outcomes = new LinkedHashMap<>();
			for (Future<Outcome> future : futures) {
				Outcome outcome = future.get();
				outcomes.put(outcome.url(), outcome);
			}
			return outcomes;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("link check interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	Outcome probe(String url) {
		URI uri;
		try {
			uri = URI.create(url);
			if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				return new Outcome(url, false, null, "invalid");
			}
		}
		catch (IllegalArgumentException ex) {
			return new Outcome(url, false, null, "invalid");
		}
		try {
			HttpResponse<Void> head = client.send(request(uri, "HEAD"), HttpResponse.BodyHandlers.discarding());
			if (isOk(head.statusCode())) {
				return new Outcome(url, true, head.statusCode(), null);
			}
			if (head.statusCode() == 404 || head.statusCode() == 410) {
				return new Outcome(url, false, head.statusCode(), "status");
			}
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(url, false, null, "timeout");
		}
		catch (IOException ex) {
			// Some servers drop HEAD requests; GET decides.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(url, false, null, "interrupted");
		}
		try {
			HttpResponse<Void> get = client.send(request(uri, "GET"), HttpResponse.BodyHandlers.discarding());
			return new Outcome(url, isOk(get.statusCode()), get.statusCode(), isOk(get.statusCode()) ? null : "status");
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(url, false, null, "timeout");
		}
		catch (IOException ex) {
			return new Outcome(url, false, null, "unreachable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(url, false, null, "interrupted");
		}
	}

	private HttpRequest request(URI uri, String method) {
		return HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("User-Agent", USER_AGENT)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private static boolean isOk(int status) {
		return status >= 200 && status < 300;
	}
}
