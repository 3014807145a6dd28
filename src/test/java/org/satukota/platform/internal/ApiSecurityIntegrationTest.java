package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiSecurityIntegrationTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anApiCallWithoutCredentialsGetsAStructured401InsteadOfTheLoginPage() throws Exception {
		HttpResponse<String> response = get("/api/permohonan", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"code\":\"platform.authentication-required\"");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void wrongApiCredentialsAreRefusedWithTheSameStructured401() throws Exception {
		HttpResponse<String> response = get("/api/permohonan", "tidak.terdaftar:salah-sandi");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("platform.authentication-required");
	}

	@Test
	void theOpenApiDescriptionIsPublic() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"openapi\"");
	}

	private HttpResponse<String> get(String path, String basicCredentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json");
		if (basicCredentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
