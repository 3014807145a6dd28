package org.satukota.support.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.satukota.support.bench.Measurements.Multipart;

/**
 * One person's browser for the HTTP benchmarks: logged in once with the web form, then a keep-alive connection
 * carrying the session cookie, and the session's CSRF token for forms.
 */
public final class BrowserSession {

	private final KeepAliveConnection connection;

	private final String session;

	private final String csrf;

	private final String hostHeader;

	private BrowserSession(String base, String session, String csrf) {
		URI uri = URI.create(base);
		this.hostHeader = uri.getHost() + ":" + uri.getPort();
		this.connection = new KeepAliveConnection(uri.getHost(), uri.getPort());
		this.session = session;
		this.csrf = csrf;
	}

	/** The session's CSRF token, for forms built by the caller. */
	public String csrf() {
		return csrf;
	}

	/** Logs in with the web form (one bcrypt check) and reads a CSRF token from {@code page}. */
	public static BrowserSession logIn(String base, String login, String password, String page) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(BenchPlatform.csrfOf(loginPage), StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").contains("/beranda")) {
			throw new IllegalStateException("login failed for " + login + ": " + response.statusCode());
		}
		HttpResponse<String> pageResponse = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (pageResponse.statusCode() != 200) {
			throw new IllegalStateException(login + " cannot open " + page + ": " + pageResponse.statusCode());
		}
		String session = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie after login"));
		return new BrowserSession(base, session, BenchPlatform.csrfOf(pageResponse.body()));
	}


	public KeepAliveConnection.Response get(String path) throws IOException {
		return connection.send(("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nCookie: SESSION=" + session
				+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), true);
	}

	/**
	 * Sends a form as htmx sends a boosted one ({@code HX-Request}, {@code HX-Boosted}; multipart when
	 * {@code multipart}, as the form's enctype says) and returns the page it answers with in place; null unless the
	 * answer is that page: 200, with the address bar set to {@code expectedPath}.
	 */
	public String postInPlace(String path, Map<String, String> fields, boolean multipart, String expectedPath)
			throws IOException {
		KeepAliveConnection.Response answer = sendInPlace(path, fields, multipart);
		return answer.status() == 200 && expectedPath.equals(answer.pageUrl()) ? answer.body() : null;
	}

	/** Sends a form as htmx sends a boosted one and returns the whole answer, body included. */
	public KeepAliveConnection.Response sendInPlace(String path, Map<String, String> fields, boolean multipart)
			throws IOException {
		String htmx = "HX-Request: true\r\nHX-Boosted: true\r\n";
		if (multipart) {
			String boundary = "----satukota" + UUID.randomUUID();
			return post(path, "multipart/form-data; boundary=" + boundary, multipart(boundary, fields), htmx, true);
		}
		return post(path, "application/x-www-form-urlencoded", urlEncoded(fields), htmx, true);
	}

	/** Posts a prepared body with the session cookie; the answer's body is not read (a redirect has none to speak of). */
	public KeepAliveConnection.Response post(String path, String contentType, byte[] payload) throws IOException {
		return post(path, contentType, payload, "", false);
	}

	private KeepAliveConnection.Response post(String path, String contentType, byte[] payload, String extraHeaders,
			boolean keepBody) throws IOException {
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nCookie: SESSION=" + session
				+ "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n" + extraHeaders
				+ "\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] request = Arrays.copyOf(head, head.length + payload.length);
		System.arraycopy(payload, 0, request, head.length, payload.length);
		return connection.send(request, keepBody);
	}

	private byte[] urlEncoded(Map<String, String> fields) {
		String body = "_csrf=" + encode(csrf) + fields.entrySet()
			.stream()
			.map(e -> "&" + encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining());
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	private byte[] multipart(String boundary, Map<String, String> fields) {
		Multipart multipart = new Multipart(boundary).field("_csrf", csrf);
		fields.forEach(multipart::field);
		return multipart.bytes();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
