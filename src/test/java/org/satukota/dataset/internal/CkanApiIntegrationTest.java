package org.satukota.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.Units;
import org.satukota.shared.UpdateFrequency;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CKAN-compatible API and the DCAT catalogue over real HTTP, without credentials. */
@IntegrationTest
class CkanApiIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	DatasetRepository repository;

	@Autowired
	Units units;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	Dataset first;

	Dataset second;

	String word;

	@BeforeEach
	void publishTwoDatasetsOfDinasSosial() {
		long dinsos = units.findByCode("DINSOS").orElseThrow().id();
		word = "ckanuji" + DataStaff.unique("").replace("-", "");
		first = TestDatasets.published(repository, DataStaff.unique("bansos"), "Penerima bantuan " + word, dinsos,
				UpdateFrequency.MONTHLY, Instant.now());
		second = TestDatasets.published(repository, DataStaff.unique("panti"), "Panti sosial " + word, dinsos,
				UpdateFrequency.YEARLY, Instant.now().minusSeconds(60));
	}

	record Answer(int status, JsonNode body, String contentType) {
	}

	Answer get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), json.readTree(response.body()),
				response.headers().firstValue("Content-Type").orElse(""));
	}

	static String q(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void packageListAnswersInCkansEnvelopeWithEveryPublishedName() throws Exception {
		Answer answer = get("/api/3/action/package_list");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.body().get("success").asBoolean()).isTrue();
		assertThat(answer.body().get("help").asString()).contains("/api/3/action/help_show?name=package_list");
		List<String> names = new ArrayList<>();
		answer.body().get("result").forEach(n -> names.add(n.asString()));
		assertThat(names).contains(first.slug(), second.slug());
	}

	@Test
	void packageShowFindsAPackageByNameOrIdWithCsvAndJsonResourcesAtAbsoluteUrls() throws Exception {
		JsonNode byName = get("/api/3/action/package_show?id=" + first.slug()).body().get("result");
		JsonNode byId = get("/api/3/action/package_show?id=" + first.packageId()).body().get("result");

		assertThat(byName.get("id").asString()).isEqualTo(first.packageId().toString());
		assertThat(byId.get("name").asString()).isEqualTo(first.slug());
		assertThat(byName.get("title").asString()).isEqualTo(first.title());
		assertThat(byName.get("license_id").asString()).isEqualTo("CC-BY-4.0");
		assertThat(byName.get("organization").get("name").asString()).isEqualTo("dinsos");
		assertThat(byName.get("num_resources").asInt()).isEqualTo(2);
		JsonNode resources = byName.get("resources");
		assertThat(resources.get(0).get("format").asString()).isEqualTo("CSV");
		assertThat(resources.get(0).get("url").asString()).isEqualTo("http://localhost:8080/data/" + first.slug() + ".csv");
		assertThat(resources.get(1).get("format").asString()).isEqualTo("JSON");
		assertThat(resources.get(1).get("url").asString()).isEqualTo("http://localhost:8080/data/" + first.slug() + ".json");
		assertThat(byName.get("metadata_modified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
	}

	@Test
	void unknownPackagesMissingParametersBadNumbersAndUnknownActionsAnswerCkanErrors() throws Exception {
		Answer missing = get("/api/3/action/package_show?id=tidak-ada-" + word);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("success").asBoolean()).isFalse();
		assertThat(missing.body().get("error").get("__type").asString()).isEqualTo("Not Found Error");
		assertThat(missing.body().get("error").get("message").asString()).isEqualTo("Not found");

		Answer noId = get("/api/3/action/package_show");
		assertThat(noId.status()).isEqualTo(409);
		assertThat(noId.body().get("error").get("__type").asString()).isEqualTo("Validation Error");
		assertThat(noId.body().get("error").get("id").get(0).asString()).isEqualTo("Missing value");

		Answer badRows = get("/api/3/action/package_search?rows=banyak");
		assertThat(badRows.status()).isEqualTo(400);
		assertThat(badRows.body().get("success").asBoolean()).isFalse();

		Answer unknownAction = get("/api/3/action/package_create");
		assertThat(unknownAction.status()).isEqualTo(400);
		assertThat(unknownAction.body().get("error").get("message").asString()).contains("Action name not known");

		Answer badFq = get("/api/3/action/package_search?fq=" + q("tags:beras"));
		assertThat(badFq.status()).isEqualTo(409);
		assertThat(badFq.body().get("error").get("__type").asString()).isEqualTo("Search Query Error");

		Answer unpublished = get("/api/3/action/organization_show?id=tidak-ada");
		assertThat(unpublished.status()).isEqualTo(404);
	}

	@Test
	void packageSearchFiltersByWordsAndOrganizationAndPagesWithRowsAndStart() throws Exception {
		JsonNode all = get("/api/3/action/package_search?q=" + word).body().get("result");
		assertThat(all.get("count").asInt()).isEqualTo(2);
		assertThat(all.get("results").get(0).get("name").asString()).isEqualTo(first.slug());

		JsonNode page = get("/api/3/action/package_search?q=" + word + "&rows=1&start=1").body().get("result");
		assertThat(page.get("count").asInt()).isEqualTo(2);
		assertThat(page.get("results")).hasSize(1);
		assertThat(page.get("results").get(0).get("name").asString()).isEqualTo(second.slug());

		JsonNode org = get("/api/3/action/package_search?q=" + q("panti " + word) + "&fq=" + q("organization:dinsos"))
			.body()
			.get("result");
		assertThat(org.get("count").asInt()).isEqualTo(1);

		JsonNode otherOrg = get("/api/3/action/package_search?q=" + word + "&fq=" + q("+organization:\"dlh\""))
			.body()
			.get("result");
		assertThat(otherOrg.get("count").asInt()).isZero();

		JsonNode harvester = get("/api/3/action/package_search?q=" + word + "&fq=" + q("+dataset_type:dataset")
				+ "&sort=" + q("name asc")).body().get("result");
		assertThat(harvester.get("count").asInt()).isEqualTo(2);
	}

	@Test
	void organizationsAreTheUnitsOwningPublishedDatasets() throws Exception {
		List<String> names = new ArrayList<>();
		get("/api/3/action/organization_list").body().get("result").forEach(n -> names.add(n.asString()));
		assertThat(names).contains("dinsos").doesNotContain("damkar");

		JsonNode full = get("/api/3/action/organization_list?all_fields=true").body().get("result");
		JsonNode dinsos = null;
		for (JsonNode org : full) {
			if (org.get("name").asString().equals("dinsos")) {
				dinsos = org;
			}
		}
		assertThat(dinsos).isNotNull();
		assertThat(dinsos.get("title").asString()).isEqualTo("Dinas Sosial");
		assertThat(dinsos.get("package_count").asInt()).isGreaterThanOrEqualTo(2);

		JsonNode shown = get("/api/3/action/organization_show?id=dinsos").body().get("result");
		assertThat(shown.get("is_organization").asBoolean()).isTrue();
		List<String> packages = new ArrayList<>();
		shown.get("packages").forEach(p -> packages.add(p.get("name").asString()));
		assertThat(packages).contains(first.slug(), second.slug());
	}

	@Test
	void theDownloadsAndTheDcatCatalogueDescribeTheSameDatasets() throws Exception {
		HttpResponse<String> csv = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/data/" + first.slug() + ".csv"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("tanggal,komoditas,harga\r\n").contains("2026-05-04,Gula pasir,17500");
		assertThat(csv.headers().firstValue("Link").orElse("")).contains("creativecommons.org/licenses/by/4.0");
		assertThat(csv.headers().firstValue("Last-Modified")).isPresent();

		JsonNode download = get("/data/" + first.slug() + ".json").body();
		assertThat(download.get("dataset").get("license_id").asString()).isEqualTo("CC-BY-4.0");
		assertThat(download.get("rows")).hasSize(3);
		assertThat(download.get("rows").get(0).get("harga").asInt()).isEqualTo(13500);

		JsonNode chart = get("/data/" + first.slug() + "/grafik.json").body();
		assertThat(chart.get("labels").get(0).asString()).isEqualTo("2026-05-04");
		assertThat(chart.get("datasets")).hasSize(2);

		Answer catalogue = get("/data/catalog.jsonld");
		assertThat(catalogue.contentType()).startsWith("application/ld+json");
		assertThat(catalogue.body().get("@type").asString()).isEqualTo("dcat:Catalog");
		JsonNode entry = null;
		for (JsonNode ds : catalogue.body().get("dcat:dataset")) {
			if (ds.get("dct:identifier").asString().equals(first.packageId().toString())) {
				entry = ds;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.get("@type").asString()).isEqualTo("dcat:Dataset");
		assertThat(entry.get("dct:accrualPeriodicity").get("@id").asString()).endsWith("/frequency/MONTHLY");
		assertThat(entry.get("dcat:distribution")).hasSize(2);
		assertThat(entry.get("dcat:distribution").get(0).get("dcat:downloadURL").get("@id").asString())
			.isEqualTo("http://localhost:8080/data/" + first.slug() + ".csv");
	}
}
