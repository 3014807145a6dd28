package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StaticResourcesIntegrationTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesLinkStylesAndScriptsByFingerprintedAddressesThatPhonesKeepForAYear() throws Exception {
		String page = get("/masuk").body();

		String stylesheet = attribute(page, "href=\"(/css/satukota-[0-9a-f]{32}\\.css)\"");
		String htmx = attribute(page, "src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");
		for (String address : new String[] { stylesheet, htmx }) {
			HttpResponse<String> file = get(address);
			assertThat(file.statusCode()).as(address).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(address)
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
		}
		assertThat(get("/css/satukota.css").statusCode()).as("the plain address still answers").isEqualTo(200);
	}

	@Test
	void linksToPagesAreLeftAsTheyAreAndUnknownFilesAreNotFound() throws Exception {
		String page = get("/masuk").body();

		assertThat(page).contains("href=\"/daftar\"");
		assertThat(get("/css/tidak-ada.css").statusCode()).isEqualTo(404);
		assertThat(get("/webjars/tidak-ada/1.0/tidak-ada.js").statusCode()).isEqualTo(404);
	}

	private static String attribute(String page, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		assertThat(matcher.find()).as("page links %s", regex).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
