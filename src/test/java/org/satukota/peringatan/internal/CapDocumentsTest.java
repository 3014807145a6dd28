package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class CapDocumentsTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final Instant SENT = Instant.parse("2026-11-22T03:15:30.123Z");

	static final Cap.Area KELURAHAN = new Cap.Area("Kelurahan 20 Ilir D-I, Kecamatan Ilir Timur I", List.of(),
			List.of(), List.of(new Cap.Geocode(Cap.KEMENDAGRI, "16.71.05.1009")));

	static final Cap.Area POLYGON = new Cap.Area("Bantaran Sungai Musi",
			List.of("-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.98,104.74"), List.of(), List.of());

	static final Cap.Area CIRCLE = new Cap.Area("Sekitar Jembatan Ampera", List.of(),
			List.of("-2.9909,104.7566 2.5"), List.of());

	static Cap.Info info(List<Cap.Area> areas) {
		return new Cap.Info("id-ID", List.of("Met", "Geo"), "Banjir", "Expected", "Severe", "Likely",
				Cap.time(SENT, WIB), null, Cap.time(SENT.plusSeconds(86_400), WIB), "Pemerintah Kota Palembang",
				"Waspada banjir & genangan <24 jam>", "Hujan lebat di hulu \"Sungai\" Musi.",
				"Siapkan tas siaga.", "http://localhost:8080/peringatan/PRG-1671-2026-000001", areas);
	}

	static Cap.Alert alert(String msgType, List<Cap.Reference> references, String note, List<Cap.Area> areas) {
		return new Cap.Alert("PRG-1671-2026-000001", "satukota.example.go.id", Cap.time(SENT, WIB), "Actual",
				msgType, "Public", note, references, info(areas));
	}

	@Test
	void aNewAlertWithAKelurahanGeocodeValidatesAgainstTheOasisSchema() throws Exception {
		byte[] xml = CapWriter.alert(alert("Alert", List.of(), null, List.of(KELURAHAN)));
		CapSchemaValidation.assertValid(xml);
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"")
			.contains("<sent>2026-11-22T10:15:30+07:00</sent>")
			.contains("<valueName>KEMENDAGRI</valueName><value>16.71.05.1009</value>")
			.contains("Waspada banjir &amp; genangan &lt;24 jam");
	}

	@Test
	void alertsWithAPolygonACircleAndSeveralAreasValidate() throws Exception {
		CapSchemaValidation.assertValid(CapWriter.alert(alert("Alert", List.of(), null, List.of(POLYGON))));
		CapSchemaValidation.assertValid(CapWriter.alert(alert("Alert", List.of(), null, List.of(CIRCLE))));
		byte[] all = CapWriter.alert(alert("Alert", List.of(), null, List.of(KELURAHAN, POLYGON, CIRCLE)));
		CapSchemaValidation.assertValid(all);
		assertThat(new String(all, StandardCharsets.UTF_8)).contains("<polygon>").contains("<circle>");
	}

	@Test
	void anUpdateAndACancelReferencingTheChainValidate() throws Exception {
		var first = new Cap.Reference("satukota.example.go.id", "PRG-1671-2026-000001", "2026-11-22T10:15:30+07:00");
		var second = new Cap.Reference("satukota.example.go.id", "PRG-1671-2026-000002", "2026-11-22T11:00:00+07:00");
		byte[] update = CapWriter.alert(alert("Update", List.of(first), null, List.of(KELURAHAN)));
		CapSchemaValidation.assertValid(update);
		byte[] cancel = CapWriter.alert(alert("Cancel", List.of(first, second), "Air sudah surut", List.of(KELURAHAN)));
		CapSchemaValidation.assertValid(cancel);
		assertThat(new String(cancel, StandardCharsets.UTF_8)).contains(
				"<references>satukota.example.go.id,PRG-1671-2026-000001,2026-11-22T10:15:30+07:00 "
						+ "satukota.example.go.id,PRG-1671-2026-000002,2026-11-22T11:00:00+07:00</references>")
			.contains("<note>Air sudah surut</note>");
	}

	@Test
	void capTimesHaveSecondsAndAnOffsetButNeverZOrFractions() {
		assertThat(Cap.time(SENT, WIB)).isEqualTo("2026-11-22T10:15:30+07:00");
		assertThat(Cap.time(SENT, ZoneId.of("UTC"))).isEqualTo("2026-11-22T03:15:30+00:00");
	}

	@Test
	void theSchemaRefusesATimeInZuluNotationSoTheTestCanFail() {
		Cap.Alert zulu = new Cap.Alert("X", "s", "2026-11-22T03:15:30Z", "Actual", "Alert", "Public", null, List.of(),
				info(List.of(KELURAHAN)));
		assertThatThrownBy(() -> CapSchemaValidation.assertValid(CapWriter.alert(zulu)))
			.isInstanceOf(SAXException.class);
	}

	@Test
	void theAtomFeedIsWellFormedAndLinksEachDocument() {
		byte[] feed = CapWriter.atomFeed("http://x/cap/feed.xml", "Peringatan", "http://x/cap/feed.xml",
				"2026-11-22T10:15:30+07:00", "x",
				List.of(new CapWriter.FeedEntry("PRG-1", "Banjir & longsor", "Kelurahan A", "2026-11-22T10:15:30+07:00",
						"x", "http://x/cap/alerts/PRG-1.xml", "http://x/peringatan/PRG-1")));
		var document = CapXml.parse(feed);
		var read = FeedReader.read(feed, java.net.URI.create("http://x/cap/feed.xml"));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(read.links()).containsExactly(java.net.URI.create("http://x/cap/alerts/PRG-1.xml"));
	}

	@Test
	void aWrittenDocumentReadsBackToTheSameMessage() {
		Cap.Alert original = alert("Alert", List.of(), null, List.of(KELURAHAN, CIRCLE));
		Cap.Alert read = CapXml.read(CapXml.validAlert(CapWriter.alert(original)));
		assertThat(read).isEqualTo(original);
	}
}
