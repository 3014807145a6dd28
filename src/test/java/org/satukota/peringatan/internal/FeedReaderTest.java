package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;

import org.junit.jupiter.api.Test;

class FeedReaderTest {

	static byte[] fixture(String name) throws Exception {
		try (InputStream in = FeedReaderTest.class.getResourceAsStream("/peringatan/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void anRssFeedYieldsTheLinksOfItsItemsResolvedAgainstTheFeedAddress() throws Exception {
		var feed = FeedReader.read(fixture("feed-rss.xml"), URI.create("http://localhost:9/bmkg/rss.xml"));
		assertThat(feed.alert()).isNull();
		assertThat(feed.links()).containsExactly(URI.create("http://localhost:9/bmkg/bmkg-alert-1.xml"),
				URI.create("http://localhost:9/alerts/bmkg-alert-2.xml"));
	}

	@Test
	void anAtomFeedYieldsTheCapLinkOfEachEntry() throws Exception {
		var feed = FeedReader.read(fixture("feed-atom.xml"), URI.create("http://localhost:9/atom.xml"));
		assertThat(feed.links()).containsExactly(URI.create("http://localhost:9/alerts/bmkg-alert-1.xml"),
				URI.create("http://localhost:9/alerts/bmkg-alert-invalid.xml"));
	}

	@Test
	void aCapDocumentServedDirectlyIsTakenAsTheAlertItself() throws Exception {
		var feed = FeedReader.read(fixture("bmkg-alert-1.xml"), URI.create("http://localhost:9/a.xml"));
		assertThat(feed.alert()).isNotNull();
		Cap.Alert alert = CapXml.read(feed.alert());
		assertThat(alert.identifier()).isEqualTo("CBT20261122001");
		assertThat(alert.info().areas().get(0).polygons()).hasSize(1);
	}

	@Test
	void malformedXmlIsRefusedWithACode() {
		assertThatThrownBy(() -> FeedReader.read(fixture("malformed.xml"), URI.create("http://localhost:9/")))
			.isInstanceOfSatisfying(CapRefused.class,
					r -> assertThat(r.code()).isEqualTo("peringatan.fetch.malformed"));
	}

	@Test
	void aDoctypeWithAnExternalEntityIsRefusedBeforeAnythingIsResolved() {
		assertThatThrownBy(() -> CapXml.validAlert(fixture("xxe.xml")))
			.isInstanceOfSatisfying(CapRefused.class, r -> {
				assertThat(r.code()).isEqualTo("peringatan.fetch.malformed");
				assertThat(r.getMessage()).doesNotContain("root:");
			});
	}

	@Test
	void anAlertThatBreaksTheSchemaIsRefused() {
		assertThatThrownBy(() -> CapXml.validAlert(fixture("bmkg-alert-invalid.xml")))
			.isInstanceOfSatisfying(CapRefused.class, r -> assertThat(r.code()).isEqualTo("peringatan.fetch.invalid"));
	}

	@Test
	void somethingThatIsNeitherAFeedNorCapIsRefused() {
		assertThatThrownBy(() -> FeedReader.read("<html><body/></html>".getBytes(), URI.create("http://localhost:9/")))
			.isInstanceOfSatisfying(CapRefused.class, r -> assertThat(r.code()).isEqualTo("peringatan.fetch.not-feed"));
	}
}
