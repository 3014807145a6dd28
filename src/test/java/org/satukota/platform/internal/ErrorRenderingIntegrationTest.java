package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.satukota.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ErrorRenderingIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMalformedAddressOnAPageIsAnsweredWithTheErrorPageNotWithJson() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

		MvcResult result = mvc.perform(get("/admin/staf/bukan-angka").accept(MediaType.TEXT_HTML)
			.with(user("admin").roles("ADMIN", "STAF"))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isNull();
		// No body of its own: the servlet container renders the error page (templates/error.html) for the status.
		assertThat(result.getResponse().getContentAsString()).isEmpty();
	}

	@Test
	void theJsonApiAnswersSpringsOwnRefusalsWithAProblemDocument() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/katalog"))
			.header("Accept", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":405");
	}

	@Test
	void aFormSentWithoutAValidTokenGetsTheErrorPageSayingTheFormExpired() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/pengaduan/ADU-2026-999999/dukung"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=usang")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Formulir ini sudah kedaluwarsa").doesNotContain("tidak berhak");
	}

	@Test
	void aPageOutsideOnesRoleStillSaysItMayNotBeOpened() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		MvcResult result = mvc.perform(get("/admin").accept(MediaType.TEXT_HTML)
			.with(user("warga").roles("WARGA"))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getRequest().getAttribute(ExpiredFormHandler.FORM_EXPIRED)).isNull();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
