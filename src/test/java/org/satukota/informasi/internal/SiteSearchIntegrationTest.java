package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SiteSearchIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	SiteSearch search;

	MockMvc mvc;

	Editors editors;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		editors = new Editors(mvc);
	}

	private List<String> paths(String query) {
		return search.search(query).stream().flatMap(g -> g.hits().stream()).map(SiteSearch.Hit::path).toList();
	}

	private String firstOfType(String query, String type) {
		return search.search(query)
			.stream()
			.filter(g -> g.type().equals(type))
			.findFirst()
			.map(g -> g.hits().get(0).path())
			.orElse(null);
	}

	@Test
	void theCatalogueIsFoundByTheWordsPeopleUse() {
		search.rebuild();
		assertThat(firstOfType("surat domisili", ServiceSearchSource.TYPE)).isEqualTo("/layanan/sk-domisili");
		assertThat(firstOfType("tidak mampu", ServiceSearchSource.TYPE)).isEqualTo("/layanan/sktm");
		assertThat(paths("nikah").subList(0, 3)).anyMatch(p -> p.contains("nikah"));
		assertThat(paths("pernikahan")).contains("/layanan/pengantar-nikah-n1");
	}

	@Test
	void publishedNewsIsFoundAfterItsPublicationWithoutWaitingForThePeriodicRebuild() throws Exception {
		UnitView dinkes = units.findByCode("DINKES").orElseThrow();
		MockHttpSession editor = editors.staff("pengelola.cari", Role.PENGELOLA_DATA, dinkes.id());
		long id = editors.publish(editor, "PENGUMUMAN", dinkes.id(), "Harga beras turun di Pasar Uji Cari",
				"Harga beras medium turun menjadi Rp12.900 per kilogram di pasar-pasar kota.", "WEEKLY");

		await().atMost(Duration.ofSeconds(20)).until(() -> paths("harga beras").contains("/berita/" + id));
		String page = mvc.perform(get("/cari").param("q", "harga beras"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Harga beras turun di Pasar Uji Cari")
			.contains("Berita dan pengumuman")
			.contains("<mark>beras</mark>");

		String draft = mvc.perform(get("/cari").param("q", "")).andReturn().getResponse().getContentAsString();
		assertThat(draft).contains("id=\"q\"");
	}
}
