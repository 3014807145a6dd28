package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.pengaduan.ComplaintCategories;
import org.satukota.pengaduan.ComplaintCategory;
import org.satukota.pengaduan.Complaints;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open311 endpoints over real HTTP as a client sees them: status codes, XML that parses with the standard's
 * elements, JSON arrays. Tests that need filed complaints run once a module implements the complaint contracts.
 */
@IntegrationTest
class Open311IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	ObjectProvider<Complaints> complaints;

	@Autowired
	ObjectProvider<ComplaintCategories> categories;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	String apiKey;

	String clientName;

	@BeforeEach
	void issueAKey() {
		clientName = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		apiKey = keys.create(clientName, "Klien uji", new Actor("admin", "ADMIN", null)).key();
	}

	// --- plumbing --------------------------------------------------------------------------------------------

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static Document xml(HttpResponse<String> response) throws Exception {
		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		return json.readTree(response.body());
	}

	static String text(Element parent, String child) {
		NodeList nodes = parent.getElementsByTagName(child);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	static List<Element> children(Document document, String name) {
		NodeList nodes = document.getElementsByTagName(name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	static void assertXmlError(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		Document document = xml(response);
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("errors");
		List<Element> errors = children(document, "error");
		assertThat(errors).isNotEmpty();
		assertThat(text(errors.get(0), "code")).isEqualTo(Integer.toString(status));
		assertThat(text(errors.get(0), "description")).isNotBlank();
	}

	void assertJsonError(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode errors = json(response);
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.get(0).get("code").asString()).isEqualTo(Integer.toString(status));
		assertThat(errors.get(0).get("description").asString()).isNotBlank();
	}

	static List<String> ids(JsonNode requests) {
		List<String> ids = new ArrayList<>();
		requests.forEach(request -> ids.add(request.get("service_request_id").asString()));
		return ids;
	}

	boolean flowAvailable() {
		return complaints.getIfAvailable() != null && categories.getIfAvailable() != null
				&& !categories.getObject().activeLeaves().isEmpty();
	}

	ComplaintCategory aService() {
		return categories.getObject().activeLeaves().get(0);
	}

	Map<String, String> report(String description, String... extra) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("api_key", apiKey);
		form.put("service_code", aService().code());
		form.put("lat", "-2.9761");
		form.put("long", "104.7754");
		form.put("address_string", "Jl. Merdeka No. 10");
		form.put("description", description);
		for (int i = 0; i + 1 < extra.length; i += 2) {
			form.put(extra[i], extra[i + 1]);
		}
		return form;
	}

	// --- without the complaint flow ------------------------------------------------------------------------

	@Test
	void discoveryIsServedInBothFormats() throws Exception {
		Document xml = xml(get("/open311/v2/discovery.xml"));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("discovery");
		Element endpoint = children(xml, "endpoint").get(0);
		assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(text(endpoint, "url")).endsWith("/open311/v2");
		assertThat(text(endpoint, "type")).isIn("production", "test");
		assertThat(children(xml, "format")).extracting(Element::getTextContent)
			.containsExactly("text/xml", "application/json");
		assertThat(text(xml.getDocumentElement(), "changeset")).matches(".*T.*[+-]\\d{2}:\\d{2}|.*Z");

		HttpResponse<String> response = get("/open311/v2/discovery.json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = json(response);
		assertThat(discovery.get("endpoints").isArray()).isTrue();
		assertThat(discovery.get("endpoints").get(0).get("formats").isArray()).isTrue();
		assertThat(discovery.get("key_service").asString()).isNotBlank();
		assertThat(discovery.get("contact").asString()).isNotBlank();
	}

	@Test
	void unknownResourcesAndFormatsAreNotFoundAsOpen311ErrorsNeverAnHtmlPage() throws Exception {
		assertXmlError(get("/open311/v2/services.csv"), 404);
		assertXmlError(get("/open311/v2/services"), 404);
		assertXmlError(get("/open311/v2/apa.xml"), 404);
		assertXmlError(get("/open311/v1/services.xml"), 404);
		assertXmlError(get("/open311"), 404);
		assertJsonError(get("/open311/v2/apa.json"), 404);
		assertJsonError(get("/open311/v2/tokens/abc.json"), 404);
	}

	@Test
	void aRequestTheFirewallRefusesBeforeTheModuleRunsStillGetsAnOpen311Error() throws Exception {
		HttpResponse<String> refused = get("/open311/v2/services.xml;x=1");

		assertXmlError(refused, 400);
	}

	@Test
	void postingWithoutOrWithAWrongApiKeyIsForbiddenInBothFormats() throws Exception {
		Map<String, String> form = new LinkedHashMap<>(Map.of("service_code", "jalan-rusak", "lat", "-2.97", "long",
				"104.77", "description", "Jalan berlubang"));
		assertXmlError(post("/open311/v2/requests.xml", form), 403);
		assertJsonError(post("/open311/v2/requests.json", form), 403);
		form.put("api_key", "");
		assertJsonError(post("/open311/v2/requests.json", form), 403);
		form.put("api_key", "kunci-salah");
		assertXmlError(post("/open311/v2/requests.xml", form), 403);
	}

	@Test
	void aRevokedKeyIsForbidden() throws Exception {
		long id = keys.activeByName(clientName).orElseThrow().id();
		keys.revoke(id, "uji", new Actor("admin", "ADMIN", null));

		assertJsonError(post("/open311/v2/requests.json", Map.of("api_key", apiKey, "service_code", "x")), 403);
	}

	@Test
	void badDatesAreBadRequestsInBothFormats() throws Exception {
		assertXmlError(get("/open311/v2/requests.xml?start_date=kemarin"), 400);
		assertJsonError(get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
				400);
		assertJsonError(get("/open311/v2/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"),
				400);
		assertXmlError(get("/open311/v2/servicerequestupdates.xml?end_date=31-12-2026"), 400);
		assertJsonError(get("/open311/v2/servicerequestupdates.json?updated_after=x"), 400);
		assertJsonError(get("/open311/v2/requests.json?status=pending"), 400);
		assertJsonError(get("/open311/v2/requests.json?page_size=5000"), 400);
	}

	@Test
	void aWrongMethodOrBodyTypeIsABadRequestAndNeedsNoCsrfTokenNorSession() throws Exception {
		HttpResponse<String> put = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/services.json"))
					.PUT(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertJsonError(put, 400);
		assertThat(put.headers().firstValue("Allow")).contains("GET, HEAD");

		HttpResponse<String> jsonBody = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + apiKey + "\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertJsonError(jsonBody, 400);
		assertThat(jsonBody.headers().allValues("Set-Cookie")).isEmpty();
	}

	// --- through the complaint flow ------------------------------------------------------------------------

	@Test
	void servicesAndTheirDefinitionsAreServedInBothFormats() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		ComplaintCategory service = aService();

		Document xml = xml(get("/open311/v2/services.xml"));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(children(xml, "service")).extracting(e -> text(e, "service_code")).contains(service.code());
		JsonNode services = json(get("/open311/v2/services.json"));
		assertThat(services.isArray()).isTrue();
		assertThat(services.get(0).get("service_code").isString()).isTrue();
		assertThat(services.get(0).get("metadata").isBoolean()).isTrue();

		Document definition = xml(get("/open311/v2/services/" + service.code() + ".xml"));
		assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(text(definition.getDocumentElement(), "service_code")).isEqualTo(service.code());
		assertThat(children(definition, "attribute")).extracting(e -> text(e, "code"))
			.contains("privasi", "idempotency_key");
		JsonNode definitionJson = json(get("/open311/v2/services/" + service.code() + ".json"));
		assertThat(definitionJson.get("attributes").isArray()).isTrue();
		assertThat(definitionJson.get("attributes").get(0).get("values").isArray()).isTrue();
	}

	@Test
	void anUnknownServiceIsNotFoundInBothFormats() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");

		assertXmlError(get("/open311/v2/services/tidak-ada-layanan-ini.xml"), 404);
		assertJsonError(get("/open311/v2/services/tidak-ada-layanan-ini.json"), 404);
		assertJsonError(post("/open311/v2/requests.json",
				Map.of("api_key", apiKey, "service_code", "tidak-ada-layanan-ini", "lat", "-2.9", "long", "104.7")),
				404);
		assertXmlError(get("/open311/v2/requests/TIDAK-ADA-" + UUID.randomUUID() + ".xml"), 404);
	}

	@Test
	void aReportPostedInXmlCanBeReadBackInBothFormatsWithoutItsReporter() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		String description = "Jalan berlubang besar di depan SD Negeri 3, berbahaya untuk pengendara motor "
				+ UUID.randomUUID();

		HttpResponse<String> posted = post("/open311/v2/requests.xml", report(description, "first_name",
				"Kartika", "last_name", "Sari", "email", "kartika@warga.test", "phone", "081234567890", "device_id",
				"hp-" + UUID.randomUUID()));

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		Document receipt = xml(posted);
		assertThat(receipt.getDocumentElement().getTagName()).isEqualTo("service_requests");
		String id = text(children(receipt, "request").get(0), "service_request_id");
		assertThat(id).isNotBlank();
		assertThat(text(children(receipt, "request").get(0), "service_notice")).contains(id);
		assertThat(posted.body()).doesNotContain("Kartika", "kartika@warga.test", "081234567890");

		Document one = xml(get("/open311/v2/requests/" + id + ".xml"));
		List<Element> requests = children(one, "request");
		assertThat(requests).hasSize(1);
		Element request = requests.get(0);
		assertThat(text(request, "service_request_id")).isEqualTo(id);
		assertThat(text(request, "status")).isEqualTo("open");
		assertThat(text(request, "service_code")).isEqualTo(aService().code());
		assertThat(text(request, "description")).isEqualTo(description);
		assertThat(Double.parseDouble(text(request, "lat"))).isEqualTo(-2.9761);
		assertThat(Double.parseDouble(text(request, "long"))).isEqualTo(104.7754);
		assertThat(text(request, "requested_datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
		assertThat(Instant.parse(java.time.OffsetDateTime.parse(text(request, "requested_datetime")).toInstant()
			.toString())).isBefore(Instant.now().plusSeconds(5));

		JsonNode list = json(get("/open311/v2/requests/" + id + ".json"));
		assertThat(list.isArray()).isTrue();
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("service_request_id").asString()).isEqualTo(id);
		assertThat(list.get(0).get("lat").isNumber()).isTrue();
		for (String body : List.of(get("/open311/v2/requests/" + id + ".xml").body(),
				get("/open311/v2/requests/" + id + ".json").body(),
				get("/open311/v2/requests.json?service_request_id=" + id).body())) {
			assertThat(body).doesNotContain("Kartika", "Sari", "kartika@warga.test", "081234567890", "first_name");
		}

		JsonNode search = json(get("/open311/v2/requests.json?service_code=" + aService().code() + "&status=open"));
		assertThat(search.isArray()).isTrue();
		assertThat(ids(search)).contains(id);
		assertThat(jdbc.sql("select count(*) from open311_api_key where name = ? and last_used_at is not null")
			.param(clientName)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReportPostedInJsonIsListedByIdsAndPaged() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> posted = post("/open311/v2/requests.json",
					report("Lampu jalan mati nomor " + i + " " + UUID.randomUUID()));
			assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
			JsonNode receipt = json(posted);
			assertThat(receipt.isArray()).isTrue();
			assertThat(receipt.size()).isEqualTo(1);
			assertThat(receipt.get(0).has("token")).isFalse();
			ids.add(receipt.get(0).get("service_request_id").asString());
		}

		String list = String.join(",", ids);
		JsonNode all = json(get("/open311/v2/requests.json?service_request_id=" + list + "&status=closed"));
		assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(ids);

		HttpResponse<String> firstPage = get("/open311/v2/requests.json?page_size=1&page=1");
		assertThat(json(firstPage).size()).isEqualTo(1);
		assertThat(Long.parseLong(firstPage.headers().firstValue("X-Total-Count").orElseThrow()))
			.isGreaterThanOrEqualTo(3);
		Document xml = xml(get("/open311/v2/requests.xml?service_request_id=" + list));
		assertThat(children(xml, "request")).hasSize(3);
	}

	@Test
	void aRetryNeverCreatesASecondReportWithOrWithoutTheClientsKey() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		Map<String, String> keyed = report("Pohon tumbang menutup jalan " + UUID.randomUUID(),
				"attribute[idempotency_key]", UUID.randomUUID().toString());
		String first = json(post("/open311/v2/requests.json", keyed)).get(0).get("service_request_id").asString();
		String again = json(post("/open311/v2/requests.json", keyed)).get(0).get("service_request_id").asString();
		assertThat(again).isEqualTo(first);

		Map<String, String> unkeyed = report("Saluran air tersumbat " + UUID.randomUUID(), "device_id", "hp-uji");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> retries = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				retries.add(() -> {
					HttpResponse<String> response = post("/open311/v2/requests.json", unkeyed);
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					return json.readTree(response.body()).get(0).get("service_request_id").asString();
				});
			}
			Set<String> numbers = new HashSet<>();
			for (Future<String> result : pool.invokeAll(retries)) {
				numbers.add(result.get());
			}
			assertThat(numbers).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRahasiaReportIsAcknowledgedButNeverAppearsAndAnAnonimReportCarriesNoReporter() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		String secret = "Pungutan liar di loket " + UUID.randomUUID();
		HttpResponse<String> posted = post("/open311/v2/requests.json",
				report(secret, "attribute[privasi]", "rahasia", "first_name", "Rahmat"));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		String id = json(posted).get(0).get("service_request_id").asString();

		assertJsonError(get("/open311/v2/requests/" + id + ".json"), 404);
		assertThat(get("/open311/v2/requests.json?service_request_id=" + id).body()).doesNotContain(id);
		assertThat(get("/open311/v2/requests.xml").body()).doesNotContain(secret, id);
		assertThat(get("/open311/v2/servicerequestupdates.json").body()).doesNotContain(id);

		HttpResponse<String> anonim = post("/open311/v2/requests.json", report("Parit meluap " + UUID.randomUUID(),
				"attribute[privasi]", "anonim", "first_name", "Wulandari", "email", "wulan@warga.test"));
		String anonimId = json(anonim).get(0).get("service_request_id").asString();
		assertThat(get("/open311/v2/requests/" + anonimId + ".xml").body()).doesNotContain("Wulandari",
				"wulan@warga.test");
	}

	@Test
	void theUpdatesFeedIsServedInBothFormats() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		post("/open311/v2/requests.json", report("Trotoar rusak " + UUID.randomUUID()));

		Document xml = xml(get("/open311/v2/servicerequestupdates.xml"));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
		for (Element update : children(xml, "request_update")) {
			assertThat(text(update, "update_id")).isNotBlank();
			assertThat(text(update, "status")).matches("[A-Z_]+");
		}
		HttpResponse<String> response = get("/open311/v2/servicerequestupdates.json?page_size=5");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).isArray()).isTrue();
		assertThat(json(response).size()).isLessThanOrEqualTo(5);
	}

	@Test
	void aPostWithProblemsListsThemAllAndFilesNothing() throws Exception {
		assumeTrue(flowAvailable(), "no module implements the complaint contracts yet");
		HttpResponse<String> response = post("/open311/v2/requests.xml", Map.of("api_key", apiKey, "service_code",
				aService().code(), "lat", "200", "description", "<script>alert(1)</script>"));

		assertXmlError(response, 400);
		assertThat(children(xml(response), "error")).hasSizeGreaterThanOrEqualTo(3);
	}
}
