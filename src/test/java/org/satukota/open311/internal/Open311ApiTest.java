package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.satukota.open311.internal.Open311Fixture.INDONESIAN;
import static org.satukota.open311.internal.Open311Fixture.NOW;
import static org.satukota.open311.internal.Open311Fixture.params;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.PublicComplaint;
import org.satukota.pengaduan.PublicComplaintQuery;
import org.satukota.pengaduan.PublicComplaintUpdate;
import org.satukota.shared.PolicyViolation;

class Open311ApiTest {

	Open311Fixture fixture = new Open311Fixture();

	Open311Api api = fixture.api;

	private Open311Failure failure(Runnable call) {
		Open311Failure failure = catchThrowableOfType(Open311Failure.class, call::run);
		assertThat(failure).as("expected an Open311 failure").isNotNull();
		return failure;
	}

	private List<String> keys(Open311Failure failure) {
		return failure.problems().stream().map(Open311Failure.Problem::key).toList();
	}

	private static String[] post(String... extra) {
		String[] base = { "api_key", "rahasia-kunci", "service_code", "jalan-rusak", "lat", "-2.9761", "long",
				"104.7754", "description", "Jalan berlubang besar di depan pasar, sudah tiga minggu belum diperbaiki" };
		String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return all;
	}

	@Test
	void discoveryNamesTheSpecificationTheEndpointAndBothFormats() {
		String xml = fixture.xml(api.discovery(INDONESIAN));

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<discovery>")
			.contains("<specification>http://wiki.open311.org/GeoReport_v2</specification>")
			.contains("<url>https://kota.example/open311/v2</url>")
			.contains("<type>production</type>")
			.contains("<format>text/xml</format>", "<format>application/json</format>")
			.contains("<changeset>2026-11-22T07:00:00+07:00</changeset>")
			.contains("Kota Palembang");
	}

	@Test
	void servicesListEveryActiveLeafWithCodesAsStringsAndMetadata() {
		Open311Document services = api.services();

		assertThat(fixture.xml(services)).contains("<service_code>jalan-rusak</service_code>",
				"<service_name>Jalan rusak</service_name>", "<metadata>true</metadata>", "<type>realtime</type>",
				"<keywords>jalan, lubang</keywords>", "<group>Infrastruktur</group>", "<keywords></keywords>");
	}

	@Test
	void anUnknownServiceDefinitionIsNotFound() {
		Open311Failure failure = failure(() -> api.serviceDefinition("tidak-ada", INDONESIAN));

		assertThat(failure.status()).isEqualTo(404);
		assertThat(keys(failure)).containsExactly("open311.error.unknown-service");
	}

	@Test
	void aServiceDefinitionOffersThePrivacyChoiceAndTheIdempotencyKey() {
		String xml = fixture.xml(api.serviceDefinition("sampah", INDONESIAN));

		assertThat(xml).contains("<service_definition>", "<service_code>sampah</service_code>", "<attributes>",
				"<attribute>", "<code>privasi</code>", "<datatype>singlevaluelist</datatype>",
				"<required>false</required>", "<order>1</order>", "<key>rahasia</key>",
				"<code>idempotency_key</code>", "<datatype>string</datatype>");
	}

	@Test
	void postingWithoutAnApiKeyIsForbidden() {
		String[] all = post();
		Open311Failure failure = failure(() -> api.create(params(java.util.Arrays.copyOfRange(all, 2, all.length)),
				INDONESIAN));

		assertThat(failure.status()).isEqualTo(403);
		assertThat(keys(failure)).containsExactly("open311.error.api-key-missing");
		assertThat(fixture.complaints.submissions).isEmpty();
	}

	@Test
	void anEmptyOrWrongApiKeyIsForbiddenLikeAMissingOne() {
		assertThat(failure(() -> api.create(params(post("api_key", "")), INDONESIAN)).status()).isEqualTo(403);
		Open311Failure wrong = failure(() -> api.create(params("api_key", "salah", "service_code", "jalan-rusak"),
				INDONESIAN));
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(keys(wrong)).containsExactly("open311.error.api-key-invalid");
	}

	@Test
	void postingToAnUnknownServiceIsNotFoundAndAMissingServiceCodeIsABadRequest() {
		assertThat(failure(() -> api.create(params(post("service_code", "")), INDONESIAN)).status()).isEqualTo(400);
		Open311Failure unknown = failure(() -> api.create(params("api_key", "rahasia-kunci", "service_code", "xyz"),
				INDONESIAN));
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void everyProblemOfAPostIsReportedAtOnceAndNothingIsFiled() {
		Open311Failure failure = failure(() -> api.create(params("api_key", "rahasia-kunci", "service_code",
				"jalan-rusak", "lat", "95", "description", "Lihat <b>ini</b>", "email", "bukan-email", "media_url",
				"ftp://x/y.jpg", "attribute[privasi]", "rahasia-sekali"), INDONESIAN));

		assertThat(failure.status()).isEqualTo(400);
		assertThat(keys(failure)).containsExactlyInAnyOrder("open311.error.bad-coordinate",
				"open311.error.lat-long-pair", "open311.error.description-html", "open311.error.bad-email",
				"open311.error.bad-media-url", "open311.error.bad-privacy");
		assertThat(fixture.complaints.submissions).isEmpty();
	}

	@Test
	void aPostNeedsALocationAndAKnownKelurahanForAnAddressId() {
		Open311Failure none = failure(() -> api.create(
				params("api_key", "rahasia-kunci", "service_code", "sampah", "description", "Sampah"), INDONESIAN));
		assertThat(keys(none)).containsExactly("open311.error.location-missing");

		Open311Failure unknown = failure(() -> api.create(params("api_key", "rahasia-kunci", "service_code",
				"sampah", "address_id", "41"), INDONESIAN));
		assertThat(keys(unknown)).containsExactly("open311.error.bad-address-id");
	}

	@Test
	void aKelurahanAloneIsALocationAndItsNameStandsInForTheAddress() {
		api.create(params("api_key", "rahasia-kunci", "service_code", "sampah", "address_id", "42", "description",
				"Sampah"), INDONESIAN);

		ComplaintSubmission submitted = fixture.complaints.submissions.get(0);
		assertThat(submitted.kelurahanId()).isEqualTo(42L);
		assertThat(submitted.address()).isEqualTo("Kelurahan 20 Ilir D-I");
	}

	@Test
	void aDescriptionOverFourThousandCharactersIsRefused() {
		Open311Failure failure = failure(
				() -> api.create(params(post("description", "a".repeat(4001))), INDONESIAN));

		assertThat(keys(failure)).contains("open311.error.description-too-long");
	}

	@Test
	void aPostEntersTheComplaintFlowAsAPengaduanOfTheClientsChannel() {
		Open311Document answer = api.create(params("api_key", "rahasia-kunci", "service_code", "sampah",
				"address_string", "Jl. Merdeka 10", "address_id", "42", "first_name", "Siti", "last_name", "Aminah",
				"email", "siti@warga.test", "phone", "0812", "description", "Sampah  tidak\ndiangkut seminggu",
				"media_url", "https://foto.example/1.jpg", "attribute[privasi]", "anonim"), INDONESIAN);

		ComplaintSubmission submitted = fixture.complaints.submissions.get(0);
		assertThat(submitted.channel()).isEqualTo("open311:fms");
		assertThat(submitted.kind()).isEqualTo(ComplaintKind.PENGADUAN);
		assertThat(submitted.categoryCode()).isEqualTo("sampah");
		assertThat(submitted.title()).isEqualTo("Sampah tidak diangkut seminggu");
		assertThat(submitted.description()).isEqualTo("Sampah  tidak\ndiangkut seminggu");
		assertThat(submitted.kelurahanId()).isEqualTo(42L);
		assertThat(submitted.address()).isEqualTo("Jl. Merdeka 10");
		assertThat(submitted.latitude()).isNull();
		assertThat(submitted.reporterName()).isEqualTo("Siti Aminah");
		assertThat(submitted.reporterEmail()).isEqualTo("siti@warga.test");
		assertThat(submitted.reporterPhone()).isEqualTo("0812");
		assertThat(submitted.reporterAccountId()).isNull();
		assertThat(submitted.anonim()).isTrue();
		assertThat(submitted.rahasia()).isFalse();
		assertThat(submitted.mediaUrl()).isEqualTo("https://foto.example/1.jpg");
		String xml = fixture.xml(answer);
		assertThat(xml).contains("<service_requests>", "<request>",
				"<service_request_id>ADU-2026-000001</service_request_id>", "<account_id/>")
			.doesNotContain("Siti", "Aminah", "siti@warga.test", "0812", "<token>");
	}

	@Test
	void aLongDescriptionGivesATitleOfItsFirstWordsAndNoDescriptionGivesTheServiceName() {
		assertThat(Open311Api.title("kata ".repeat(40), "Sampah")).endsWith("…").hasSizeLessThanOrEqualTo(80);
		assertThat(Open311Api.title("kata ".repeat(40), "Sampah")).startsWith("kata kata");
		assertThat(Open311Api.title(null, "Sampah menumpuk")).isEqualTo("Sampah menumpuk");
		assertThat(Open311Api.title("x".repeat(200), "Sampah")).hasSize(80);
	}

	@Test
	void aRetryWithTheClientsIdempotencyKeyReturnsTheSameReport() {
		Parameters first = params(post("attribute[idempotency_key]", "abc-123"));
		String once = fixture.xml(api.create(first, INDONESIAN));
		String again = fixture.xml(api.create(params(post("attribute[idempotency_key]", "abc-123")), INDONESIAN));

		assertThat(again).isEqualTo(once);
		assertThat(fixture.complaints.reports()).isEqualTo(1);
		assertThat(fixture.complaints.submissions).extracting(ComplaintSubmission::idempotencyKey)
			.containsExactly("client:abc-123", "client:abc-123");
	}

	@Test
	void aRetryWithoutAKeyIsRecognisedByItsFingerprintAndADifferentReportIsNot() {
		api.create(params(post("device_id", "hp-1")), INDONESIAN);
		api.create(params(post("device_id", "hp-1")), INDONESIAN);
		api.create(params(post("device_id", "hp-2")), INDONESIAN);

		assertThat(fixture.complaints.reports()).isEqualTo(2);
		assertThat(fixture.complaints.submissions.get(0).idempotencyKey()).startsWith("window:")
			.isEqualTo(fixture.complaints.submissions.get(1).idempotencyKey());
	}

	@Test
	void aRefusalOfTheComplaintModuleIsABadRequestWithItsExplanation() {
		fixture.complaints.refuseNext = new PolicyViolation("pengaduan.uji-ditolak");

		Open311Failure failure = failure(() -> api.create(params(post()), INDONESIAN));

		assertThat(failure.status()).isEqualTo(400);
		assertThat(keys(failure)).containsExactly("pengaduan.uji-ditolak");
	}

	@Test
	void aRahasiaPostIsAcknowledgedButNeverListed() {
		Open311Document answer = api.create(params(post("attribute[privasi]", "rahasia")), INDONESIAN);

		assertThat(fixture.complaints.submissions.get(0).rahasia()).isTrue();
		assertThat(fixture.xml(answer)).contains("rahasia");
		assertThat(fixture.xml(api.search(params(), INDONESIAN).document())).doesNotContain("<request>");
		assertThat(failure(() -> api.request("ADU-2026-000001", INDONESIAN)).status()).isEqualTo(404);
	}

	@Test
	void aPostFollowedByAGetReturnsTheReportWithItsLocationAndWithoutTheReporter() {
		api.create(params(post("first_name", "Budi", "email", "budi@warga.test")), INDONESIAN);

		String xml = fixture.xml(api.request("ADU-2026-000001", INDONESIAN));

		assertThat(xml).contains("<service_request_id>ADU-2026-000001</service_request_id>", "<status>open</status>",
				"<service_code>jalan-rusak</service_code>", "<service_name>Jalan rusak</service_name>",
				"<lat>-2.9761</lat>", "<long>104.7754</long>",
				"<requested_datetime>2026-11-20T10:00:00+07:00</requested_datetime>",
				"<expected_datetime>2026-11-23T10:00:00+07:00</expected_datetime>", "<zipcode/>")
			.doesNotContain("Budi", "budi@warga.test");
	}

	@Test
	void anUnknownRequestIsNotFound() {
		assertThat(failure(() -> api.request("ADU-0000", INDONESIAN)).status()).isEqualTo(404);
	}

	@Test
	void aSearchDefaultsToTheLastNinetyDaysAndAtMostAThousandResults() {
		api.search(params(), INDONESIAN);

		PublicComplaintQuery query = fixture.complaints.queries.get(0);
		assertThat(query.submittedFrom()).isEqualTo(NOW.minus(Duration.ofDays(90)));
		assertThat(query.submittedUntil()).isNull();
		assertThat(query.pageSize()).isEqualTo(1000);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.trackingNumbers()).isNull();
	}

	@Test
	void aListOfIdsOverridesEveryOtherFilter() {
		api.search(params("service_request_id", "A-1, ,A-2,", "status", "closed", "service_code", "sampah",
				"start_date", "bukan-tanggal"), INDONESIAN);

		PublicComplaintQuery query = fixture.complaints.queries.get(0);
		assertThat(query.trackingNumbers()).containsExactly("A-1", "A-2");
		assertThat(query.categoryCode()).isNull();
		assertThat(query.open()).isNull();
		assertThat(query.submittedFrom()).isNull();
	}

	@Test
	void filtersArePassedOnAndEmptyParametersCountAsMissing() {
		api.search(params("service_code", "sampah", "status", "open", "start_date", "2026-10-01T00:00:00+07:00",
				"end_date", "", "page", "2", "page_size", "50", "updated_after", "2026-10-05T00:00:00Z"), INDONESIAN);

		PublicComplaintQuery query = fixture.complaints.queries.get(0);
		assertThat(query.categoryCode()).isEqualTo("sampah");
		assertThat(query.open()).isTrue();
		assertThat(query.submittedFrom()).isEqualTo(Instant.parse("2026-09-30T17:00:00Z"));
		assertThat(query.submittedUntil()).isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
		assertThat(query.updatedAfter()).isEqualTo(Instant.parse("2026-10-05T00:00:00Z"));
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.pageSize()).isEqualTo(50);
	}

	@Test
	void followingUpdatesByUpdateTimeDropsTheDefaultSubmissionWindow() {
		api.search(params("updated_after", "2026-11-01T00:00:00Z"), INDONESIAN);

		assertThat(fixture.complaints.queries.get(0).submittedFrom()).isNull();
	}

	@Test
	void badFiltersAreBadRequestsEachNamed() {
		Open311Failure failure = failure(() -> api.search(params("status", "pending", "start_date", "kemarin",
				"page", "0", "page_size", "1001"), INDONESIAN));

		assertThat(failure.status()).isEqualTo(400);
		assertThat(keys(failure)).containsExactly("open311.error.bad-status", "open311.error.bad-date",
				"open311.error.not-a-positive-number", "open311.error.page-size-too-large");
	}

	@Test
	void aDateRangeOverNinetyDaysIsABadRequest() {
		Open311Failure failure = failure(() -> api.search(
				params("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-02T00:00:00Z"), INDONESIAN));

		assertThat(keys(failure)).containsExactly("open311.error.range-too-long");
	}

	@Test
	void severalServiceCodesAreMergedNewestUpdateFirst() {
		api.create(params(post()), INDONESIAN);
		fixture.complaints.now = NOW.plusSeconds(60);
		api.create(params(post("service_code", "sampah", "device_id", "x")), INDONESIAN);

		Open311Api.Page page = api.search(params("service_code", "jalan-rusak,sampah"), INDONESIAN);

		assertThat(page.total()).isEqualTo(2);
		String xml = fixture.xml(page.document());
		assertThat(xml.indexOf("ADU-2026-000002")).isLessThan(xml.indexOf("ADU-2026-000001"));
	}

	@Test
	void theUpdatesFeedCarriesFixMyStreetStatusesAndIncludesItsStart() {
		fixture.complaints.updates.add(new PublicComplaintUpdate(17, "ADU-2026-000009", "DIDISPOSISI", true,
				Instant.parse("2026-11-10T01:00:00Z"), "Diteruskan ke Dinas PUPR", "/pengaduan/foto/9.jpg"));
		fixture.complaints.updates.add(new PublicComplaintUpdate(18, "ADU-2026-000009", "SELESAI", false,
				Instant.parse("2026-11-11T01:00:00Z"), "Sudah ditambal", null));

		String xml = fixture.xml(api.updates(params("start_date", "2026-11-10T01:00:00Z")));

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_request_updates>")
			.contains("<request_update>", "<update_id>17</update_id>",
					"<service_request_id>ADU-2026-000009</service_request_id>", "<status>IN_PROGRESS</status>",
					"<status>FIXED</status>", "<updated_datetime>2026-11-10T08:00:00+07:00</updated_datetime>",
					"<media_url>https://kota.example/pengaduan/foto/9.jpg</media_url>");
		Instant[] bounds = fixture.complaints.updateBounds.get(0);
		assertThat(bounds[0]).isBefore(Instant.parse("2026-11-10T01:00:00Z"));
		assertThat(bounds[1]).isEqualTo(Instant.parse("2026-11-10T01:00:00Z").plus(Duration.ofDays(90)));
	}

	@Test
	void aClosedDuplicateTellsWhichReportItJoined() {
		fixture.complaints.published.add(new PublicComplaint("ADU-2026-000077", ComplaintKind.PENGADUAN, "sampah",
				"Sampah menumpuk", "Sampah", "Sampah lagi", "DUPLIKAT", false, null, List.of("DLH", "Kecamatan"), NOW,
				NOW, null, null, null, null, null, List.of("/f/1.jpg"), "Rina", "ADU-2026-000070"));

		String xml = fixture.xml(api.request("ADU-2026-000077", INDONESIAN));

		assertThat(xml).contains("<status>closed</status>", "ADU-2026-000070", "<agency_responsible>DLH, Kecamatan",
				"<expected_datetime/>", "<lat/>", "<media_url>https://kota.example/f/1.jpg</media_url>")
			.doesNotContain("Rina");
	}

	@Test
	void withoutAComplaintsModuleTheApiIsTemporarilyUnavailable() {
		fixture.available = false;

		assertThat(failure(api::services).status()).isEqualTo(503);
		assertThat(fixture.xml(api.discovery(INDONESIAN))).contains("<discovery>");
	}
}
