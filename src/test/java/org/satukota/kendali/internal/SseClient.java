package org.satukota.kendali.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A deliberately raw server-sent-events client over a plain socket: it sends the request line and headers itself
 * (so {@code Last-Event-ID} is exactly what a browser would send) and parses {@code id:}/{@code data:} lines.
 * HTTP/1.0, so the server streams the body as it is, without chunked framing.
 */
final class SseClient implements AutoCloseable {

	record Event(long id, String data, long receivedNanos) {
	}

	private final Socket socket;

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final Thread reader;

	private volatile int status;

	SseClient(int port, String path, String cookie, String lastEventId) throws Exception {
		socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(0);
		StringBuilder request = new StringBuilder();
		request.append("GET ").append(path).append(" HTTP/1.0\r\n")
			.append("Host: 127.0.0.1:").append(port).append("\r\n")
			.append("Accept: text/event-stream\r\n")
			.append("Cookie: ").append(cookie).append("\r\n");
		if (lastEventId != null) {
			request.append("Last-Event-ID: ").append(lastEventId).append("\r\n");
		}
		request.append("\r\n");
		OutputStream out = socket.getOutputStream();
		out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
		out.flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		String statusLine = in.readLine();
		status = statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
		String line;
		boolean chunked = false;
		while ((line = in.readLine()) != null && !line.isEmpty()) {
			if (line.toLowerCase().startsWith("transfer-encoding:") && line.toLowerCase().contains("chunked")) {
				chunked = true;
			}
		}
		boolean isChunked = chunked;
		reader = new Thread(() -> read(in, isChunked), "sse-test-client");
		reader.setDaemon(true);
		reader.start();
	}

	/** Logs in over real HTTP and returns the {@code SESSION=…} cookie pair. */
	static String login(int port, String username, String password) throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.build();
		String base = "http://127.0.0.1:" + port;
		var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/masuk")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(page.headers());
		var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ java.net.URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
		var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		String fresh = sessionCookie(login.headers());
		return fresh != null ? fresh : cookie;
	}

	private static String sessionCookie(java.net.http.HttpHeaders headers) {
		return headers.allValues("set-cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	int status() {
		return status;
	}

	/** Events received so far and, waiting up to {@code millis}, until {@code count} have arrived in total. */
	List<Event> await(int count, long millis) throws InterruptedException {
		List<Event> got = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (got.size() < count) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			Event event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event != null) {
				got.add(event);
			}
		}
		events.drainTo(got);
		return got;
	}

	private void read(BufferedReader in, boolean chunked) {
		try {
			String line;
			Long id = null;
			StringBuilder data = new StringBuilder();
			while ((line = in.readLine()) != null) {
				if (line.startsWith("id:")) {
					id = Long.parseLong(line.substring(3).strip());
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.isEmpty() && id != null) {
					events.add(new Event(id, data.toString(), System.nanoTime()));
					id = null;
					data.setLength(0);
				}
			}
		}
		catch (Exception ex) {
			// closed
		}
	}

	@Override
	public void close() throws Exception {
		socket.close();
	}
}
