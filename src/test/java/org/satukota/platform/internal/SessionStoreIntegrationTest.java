package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/** Sessions through a real browser-like client: stored in the database, read once, ended from anywhere. */
@IntegrationTest
class SessionStoreIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<?> sessions;

	@Autowired
	FindByIndexNameSessionRepository<?> sessionsByPrincipal;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	// The session cookie is marked Secure, which a cookie manager would not send over plain http: kept by hand.
	private String sessionCookie;

	@Test
	void signedInPagesKeepWorkingWithoutWritingTheSessionOnEveryRequest() throws Exception {
		assertThat(sessions).isInstanceOf(ThriftySessionRepository.class);
		logInAsAdmin();
		Timestamp before = lastAccessOfAdmin();

		for (int i = 0; i < 3; i++) {
			assertThat(get("/admin").statusCode()).isEqualTo(200);
		}

		assertThat(lastAccessOfAdmin()).as("stored last access, moved at most once a minute").isEqualTo(before);
	}

	@Test
	void springSessionsStoreRunsOnTheTransactionsThatLeaveItsReadsWithoutOne() {
		Object store = ReflectionTestUtils.getField(sessions, "delegate");
		assertThat(store).isInstanceOf(JdbcIndexedSessionRepository.class);
		assertThat(ReflectionTestUtils.getField(store, "transactionOperations")).isInstanceOf(SessionTransactions.class);
	}

	@Test
	void endingAnAccountsSessionsSignsItOutAtOnce() throws Exception {
		logInAsAdmin();
		assertThat(get("/admin").statusCode()).isEqualTo(200);

		sessionsByPrincipal.findByPrincipalName("admin").keySet().forEach(sessionsByPrincipal::deleteById);

		HttpResponse<String> after = get("/admin");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk"));
	}

	@Test
	void signingOutOneSessionLeavesAnotherSessionOfTheSameAccountSignedIn() throws Exception {
		assertThat(ReflectionTestUtils.getField(ReflectionTestUtils.getField(sessions, "delegate"), "conversionService"))
			.satisfies(conversion -> assertThat(conversion.toString()).contains(RememberingAttributeReader.class.getName()));
		logInAsAdmin();
		String first = sessionCookie;
		sessionCookie = null;
		logInAsAdmin();
		String second = sessionCookie;
		assertThat(get("/admin").statusCode()).isEqualTo(200);
		assertThat(get("/admin").statusCode()).isEqualTo(200);

		sessionCookie = first;
		assertThat(get("/admin").statusCode()).isEqualTo(200);
		String form = "_csrf=" + URLEncoder.encode(csrf(get("/admin").body()), StandardCharsets.UTF_8);
		HttpResponse<String> logout = send(request("/keluar").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(get("/admin").statusCode()).as("the signed-out session").isEqualTo(302);

		sessionCookie = second;
		assertThat(get("/admin").statusCode()).as("the other session").isEqualTo(200);
	}

	private void logInAsAdmin() throws Exception {
		String form = "username=admin&password=" + URLEncoder.encode("Admin#Uji2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf(get("/masuk").body()), StandardCharsets.UTF_8);
		HttpResponse<String> login = send(request("/masuk").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beranda"));
	}

	private Timestamp lastAccessOfAdmin() {
		return jdbc.sql("SELECT max(last_access_time) FROM spring_session WHERE principal_name = 'admin'")
			.query(Long.class)
			.optional()
			.map(Timestamp::new)
			.orElseThrow();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return sessionCookie == null ? request : request.header("Cookie", "SESSION=" + sessionCookie);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.forEach(cookie -> sessionCookie = cookie.substring("SESSION=".length(), cookie.indexOf(';')));
		return response;
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
