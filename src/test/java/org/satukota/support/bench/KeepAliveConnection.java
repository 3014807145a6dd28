package org.satukota.support.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection that sends prepared requests and reads status and headers, as a lean load
 * generator (like wrk) would: the clients share the two cores with the server, so they must cost as little CPU as
 * possible. Only what the benchmark needs: Content-Length bodies, no chunked requests, reconnects when the server
 * closes.
 */
public final class KeepAliveConnection implements AutoCloseable {

	/**
	 * Status, the Location header, the address htmx is told to show ({@code HX-Replace-Url} or {@code HX-Push-Url})
	 * and, only when asked for, the body (ISO-8859-1, not decompressed).
	 */
	public record Response(int status, String location, String pageUrl, String body) {
	}

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	public KeepAliveConnection(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Sends {@code request} and reads the answer, keeping the body when {@code keepBody} (to check what a page says,
	 * e.g. whether an action was refused); requests must not ask for compression then.
	 */
	public Response send(byte[] request, boolean keepBody) throws IOException {
		for (int attempt = 0;; attempt++) {
			try {
				connectIfNeeded();
				out.write(request);
				out.flush();
				return readResponse(keepBody);
			}
			catch (IOException ex) {
				// A keep-alive connection the server closed in between: reconnect once and send again.
				close();
				if (attempt > 0) {
					throw ex;
				}
			}
		}
	}

	private void connectIfNeeded() throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), 5000);
			socket.setSoTimeout(30_000);
			in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			out = socket.getOutputStream();
		}
	}

	private Response readResponse(boolean keepBody) throws IOException {
		String statusLine = readLine();
		if (statusLine == null) {
			throw new IOException("connection closed");
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long contentLength = 0;
		boolean chunked = false;
		boolean closes = false;
		String location = null;
		String pageUrl = null;
		for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).strip();
			switch (name) {
				case "content-length" -> contentLength = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closes = value.equalsIgnoreCase("close");
				case "location" -> location = value;
				case "hx-replace-url", "hx-push-url" -> pageUrl = value;
				default -> {
				}
			}
		}
		ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
		if (chunked) {
			readChunks(body);
		}
		else {
			readOrSkip(contentLength, body);
		}
		if (closes) {
			close();
		}
		return new Response(status, location, pageUrl, body == null ? null : body.toString(StandardCharsets.ISO_8859_1));
	}

	private void readOrSkip(long length, ByteArrayOutputStream body) throws IOException {
		if (body == null) {
			in.skipNBytes(length);
		}
		else {
			body.write(in.readNBytes((int) length));
		}
	}

	private void readChunks(ByteArrayOutputStream body) throws IOException {
		while (true) {
			String sizeLine = readLine();
			int semicolon = sizeLine.indexOf(';');
			long size = Long.parseLong(semicolon < 0 ? sizeLine.strip() : sizeLine.substring(0, semicolon), 16);
			if (size == 0) {
				while (!readLine().isEmpty()) {
					// trailers
				}
				return;
			}
			readOrSkip(size, body);
			readLine();
		}
	}

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(128);
		int b;
		while ((b = in.read()) != -1) {
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			}
			line.write(b);
		}
		return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
			socket = null;
		}
	}
}
