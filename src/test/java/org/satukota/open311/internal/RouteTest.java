package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouteTest {

	@Test
	void collectionsAndMembersAreReadWithTheirFormat() {
		assertThat(Route.parse("/open311/v2/discovery.xml")).isEqualTo(new Route("discovery", null, Format.XML));
		assertThat(Route.parse("/open311/v2/services.json")).isEqualTo(new Route("services", null, Format.JSON));
		assertThat(Route.parse("/open311/v2/services/jalan-rusak.xml"))
			.isEqualTo(new Route("services", "jalan-rusak", Format.XML));
		assertThat(Route.parse("/open311/v2/requests/ADU-2026-000001.json"))
			.isEqualTo(new Route("requests", "ADU-2026-000001", Format.JSON));
		assertThat(Route.parse("/open311/v2/servicerequestupdates.xml"))
			.isEqualTo(new Route("servicerequestupdates", null, Format.XML));
		assertThat(Route.parse("/open311/v2/tokens/abc.json")).isEqualTo(new Route("tokens", "abc", Format.JSON));
	}

	@Test
	void aDottedIdKeepsEverythingBeforeTheLastDot() {
		assertThat(Route.parse("/open311/v2/requests/A.1.json").id()).isEqualTo("A.1");
	}

	@Test
	void unknownResourcesAreAnsweredInTheirSuffixsFormatOrElseXml() {
		assertThat(Route.formatOf("/open311/v2/apa.json")).isEqualTo(Format.JSON);
		assertThat(Route.formatOf("/open311/v2/services.csv")).isEqualTo(Format.XML);
		assertThat(Route.formatOf("/open311/v2/services")).isEqualTo(Format.XML);
		assertThat(Route.formatOf("/open311/v1/services.json")).isEqualTo(Format.XML);
		for (String path : new String[] { "/open311/v2/services.csv", "/open311/v2/services", "/open311/v2/",
				"/open311", "/open311/v2/requests/a/b.json", "/open311/v2/discovery/x.json", "/open311/v2/.json",
				"/open311/v2/services/.json" }) {
			assertThatThrownBy(() -> Route.parse(path)).as(path).isInstanceOf(Route.UnknownResource.class);
		}
	}
}
