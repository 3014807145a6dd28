package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.satukota.open311.internal.Open311Document.Fields;
import org.satukota.open311.internal.Open311Document.Items;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Open311WriterTest {

	JsonMapper json = JsonMapper.builder().build();

	Open311Writer writer = new Open311Writer(json);

	Open311Document oneRequest = Open311Document.list("service_requests", "request",
			List.of(new Fields().put("service_request_id", "007")
				.put("description", "Pipa & selokan <bocor> \"parah\"\u0007")
				.put("lat", -2.5)
				.put("long", 104.0)
				.put("media_url", null)));

	@Test
	void xmlStartsWithTheDeclarationTheStandardShowsAndNestsItemsUnderTheRoot() {
		String xml = new String(writer.write(oneRequest, Format.XML), StandardCharsets.UTF_8);

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_requests>\n  <request>")
			.contains("<service_request_id>007</service_request_id>", "<lat>-2.5</lat>", "<long>104</long>",
					"<media_url/>")
			.endsWith("</service_requests>\n");
	}

	@Test
	void xmlEscapesMarkupAndDropsCharactersXmlCannotCarrySoThatItAlwaysParses() throws Exception {
		byte[] xml = writer.write(oneRequest, Format.XML);

		var document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(xml));
		assertThat(document.getDocumentElement().getNodeName()).isEqualTo("service_requests");
		assertThat(document.getElementsByTagName("description").item(0).getTextContent())
			.isEqualTo("Pipa & selokan <bocor> \"parah\"");
	}

	@Test
	void jsonListsAreArraysEvenWithOneElementAndIdsStayStrings() {
		JsonNode tree = json.readTree(writer.write(oneRequest, Format.JSON));

		assertThat(tree.isArray()).isTrue();
		assertThat(tree.size()).isEqualTo(1);
		assertThat(tree.get(0).get("service_request_id").isString()).isTrue();
		assertThat(tree.get(0).get("service_request_id").asString()).isEqualTo("007");
		assertThat(tree.get(0).get("lat").isNumber()).isTrue();
		assertThat(tree.get(0).get("media_url").isNull()).isTrue();
	}

	@Test
	void nestedListsBecomeWrappedElementsInXmlAndArraysInJson() {
		Open311Document discovery = new Open311Document("discovery",
				new Fields().put("endpoints", new Items("endpoint",
						List.of(new Fields().put("formats", new Items("format", List.of("text/xml")))))));

		assertThat(Open311Writer.xml(discovery))
			.contains("<endpoints>\n    <endpoint>\n      <formats>\n        <format>text/xml</format>");
		JsonNode tree = json.readTree(writer.write(discovery, Format.JSON));
		assertThat(tree.get("endpoints").isArray()).isTrue();
		assertThat(tree.get("endpoints").get(0).get("formats").get(0).asString()).isEqualTo("text/xml");
	}

	@Test
	void errorsAreAListOfCodeAndDescriptionWithTheStatusAsAString() {
		Open311Fixture fixture = new Open311Fixture();
		Open311Failure failure = new Open311Failure(400, List.of(new Open311Failure.Problem("open311.error.bad-date",
				"start_date", "kemarin"), new Open311Failure.Problem("open311.error.bad-status", "x")));

		String xml = Open311Writer.xml(fixture.responses.errors(failure, Open311Fixture.INDONESIAN));

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors>\n  <error>\n    <code>400</code>")
			.contains("<description>start_date bukan tanggal-waktu ISO 8601 yang sah: kemarin.</description>");
		JsonNode tree = json.readTree(writer.write(fixture.responses.errors(failure, Open311Fixture.INDONESIAN),
				Format.JSON));
		assertThat(tree.size()).isEqualTo(2);
		assertThat(tree.get(1).get("code").asString()).isEqualTo("400");
	}
}
