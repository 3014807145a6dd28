package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.shared.SearchDocument;
import org.satukota.shared.SearchSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class SiteSearchTest {

	private static SiteSearch searchOver(SearchSource... sources) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < sources.length; i++) {
			beans.registerSingleton("source" + i, sources[i]);
		}
		SiteSearch search = new SiteSearch(beans.getBeanProvider(SearchSource.class));
		search.rebuild();
		return search;
	}

	private static SearchDocument doc(String type, String id, String title, String text) {
		return new SearchDocument(type, id, title, text, "/" + id, Instant.parse("2026-01-01T00:00:00Z"));
	}

	private final SearchSource services = () -> List.of(
			doc("informasi.search.type.layanan", "pengantar-nikah", "Formulir Pengantar Nikah",
					"Pengantar untuk pernikahan di KUA."),
			doc("informasi.search.type.layanan", "sktm", "Surat Keterangan Keluarga Kurang Mampu",
					"Keterangan tidak mampu untuk keringanan biaya berobat dan pendidikan."),
			doc("informasi.search.type.layanan", "sk-domisili", "Surat Keterangan Domisili",
					"Keterangan tempat tinggal."));

	private final SearchSource news = () -> List.of(doc("informasi.search.type.berita", "harga",
			"Harga sembako pekan ini", "Harga beras medium dan premium di pasar-pasar kota. Gula dan minyak goreng."));

	@Test
	void indonesianWordFormsFindEachOther() {
		SiteSearch search = searchOver(services, news);
		assertThat(search.search("pernikahan")).flatExtracting(SiteSearch.Group::hits)
			.extracting(SiteSearch.Hit::path)
			.first()
			.isEqualTo("/pengantar-nikah");
		assertThat(search.search("nikah").get(0).hits().get(0).path()).isEqualTo("/pengantar-nikah");
		assertThat(search.search("tidak mampu").get(0).hits().get(0).path()).isEqualTo("/sktm");
		assertThat(search.search("surat domisili").get(0).hits().get(0).path()).isEqualTo("/sk-domisili");
	}

	@Test
	void resultsAreGroupedByTypeWithTheMatchingWordsMarked() {
		SiteSearch search = searchOver(services, news);
		List<SiteSearch.Group> groups = search.search("harga beras");
		assertThat(groups).extracting(SiteSearch.Group::type).containsExactly("informasi.search.type.berita");
		assertThat(groups.get(0).hits().get(0).snippet()).filteredOn(SiteSearch.Mark::hit)
			.extracting(SiteSearch.Mark::text)
			.contains("Harga", "beras");
	}

	@Test
	void aFailingSourceDoesNotEmptyTheSearch() {
		SearchSource broken = () -> {
			throw new IllegalStateException("module down");
		};
		SiteSearch search = searchOver(broken, services);
		assertThat(search.size()).isEqualTo(3);
		assertThat(search.search("domisili")).isNotEmpty();
	}

	@Test
	void anEmptyOrStopWordQueryFindsNothing() {
		SiteSearch search = searchOver(services);
		assertThat(search.search("  ")).isEmpty();
		assertThat(search.search("dan yang")).isEmpty();
	}
}
