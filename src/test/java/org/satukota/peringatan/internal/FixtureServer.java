package org.satukota.peringatan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server on a free port serving fixture documents, standing in for BMKG's feed in tests. */
final class FixtureServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

	FixtureServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			byte[] body = documents.get(exchange.getRequestURI().getPath());
			try (exchange) {
				if (body == null) {
					exchange.sendResponseHeaders(404, -1);
					return;
				}
				exchange.getResponseHeaders().set("Content-Type", "application/xml");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** Serves a fixture from {@code /peringatan/} with {@code replacements} applied (old → new text). */
	FixtureServer serve(String path, String fixture, String... replacements) throws IOException {
		String text;
		try (InputStream in = FixtureServer.class.getResourceAsStream("/peringatan/" + fixture)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (int i = 0; i + 1 < replacements.length; i += 2) {
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		documents.put(path, text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
