package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class InformasiIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	Editors editors;

	PublishedEvents events;

	UnitView dinkes;

	UnitView dlh;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		editors = new Editors(mvc);
		events = PublishedEvents.startRecording((ApplicationContext) context, "informasi.");
		dinkes = units.findByCode("DINKES").orElseThrow();
		dlh = units.findByCode("DLH").orElseThrow();
	}

	@AfterEach
	void tearDown() {
		events.stop();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void publishedNewsAppearsOnTheHomePageAndOnItsOwnPageWithItsUpdateDate() throws Exception {
		MockHttpSession editor = editors.staff("pengelola.dinkes", Role.PENGELOLA_DATA, dinkes.id());
		long id = editors.publish(editor, "BERITA", dinkes.id(), "Vaksinasi keliling di kelurahan uji-1",
				"Petugas datang ke [balai kelurahan](/kontak) setiap Sabtu.", "AS_NEEDED");

		assertThat(page("/")).contains("Vaksinasi keliling di kelurahan uji-1").contains("href=\"/berita/" + id + "\"");
		String item = page("/berita/" + id);
		assertThat(item).contains("Vaksinasi keliling di kelurahan uji-1")
			.contains("Diperbarui ")
			.contains("href=\"/kontak\"")
			.contains("Dinas Kesehatan");
		assertThat(events).extracting(e -> e.action() + ":" + e.recordId())
			.contains("informasi.content-created:" + id, "informasi.content-published:" + id);
		assertThat(events).allMatch(e -> e.recordType().equals("informasi-halaman"));
	}

	@Test
	void aPageWithNoContentIsNotPublishedAndNothingIsSaved() throws Exception {
		MockHttpSession editor = editors.staff("pengelola.kosong", Role.PENGELOLA_DATA, dinkes.id());
		String body = mvc.perform(Editors.form("PENGUMUMAN", dinkes.id(), "Pengumuman kosong uji-2", "  ", "WEEKLY")
			.param("publish", "1")
			.session(editor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Halaman tanpa isi tidak dapat diterbitkan");
		assertThat(jdbc.sql("SELECT count(*) FROM informasi_konten WHERE title = 'Pengumuman kosong uji-2'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRegulationNeedsItsFileAndIsThenDownloadable() throws Exception {
		MockHttpSession editor = editors.staff("pengelola.perda", Role.PENGELOLA_DATA, dlh.id());
		String refused = mvc.perform(Editors.form("REGULASI", dlh.id(), "Perda sampah uji-3", "", "YEARLY")
			.param("publish", "1")
			.session(editor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Dokumen atau regulasi tanpa berkas tidak dapat diterbitkan");

		String location = mvc.perform(Editors.form("REGULASI", dlh.id(), "Perda sampah uji-3", "", "YEARLY")
			.file(Editors.pdf("perda-sampah.pdf"))
			.param("regulationNumber", "Perda Nomor 7 Tahun 2026")
			.param("publish", "1")
			.session(editor)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/staf/konten/".length()));

		assertThat(page("/regulasi")).contains("Perda sampah uji-3").contains("Perda Nomor 7 Tahun 2026");
		assertThat(page("/regulasi/" + id)).contains("href=\"/regulasi/" + id + "/unduh\"").contains("PDF");
		var download = mvc.perform(get("/regulasi/" + id + "/unduh")).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(Editors.PDF);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("perda-sampah.pdf");
	}

	@Test
	void draftsAndWithdrawnItemsAreNotPublic() throws Exception {
		MockHttpSession editor = editors.staff("pengelola.draf", Role.PENGELOLA_DATA, dinkes.id());
		String location = mvc.perform(Editors.form("BERITA", dinkes.id(), "Draf rahasia uji-4", "Belum siap.", "AS_NEEDED")
			.session(editor)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long draft = Long.parseLong(location.substring("/staf/konten/".length()));
		mvc.perform(get("/berita/" + draft)).andExpect(status().isNotFound());
		assertThat(page("/berita")).doesNotContain("Draf rahasia uji-4");

		long published = editors.publish(editor, "BERITA", dinkes.id(), "Ditarik uji-4", "Isi.", "AS_NEEDED");
		mvc.perform(get("/berita/" + published)).andExpect(status().isOk());
		mvc.perform(post("/staf/konten/" + published + "/tarik").with(csrf()).session(editor))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/berita/" + published)).andExpect(status().isNotFound());
		// An item is only found under its own section.
		mvc.perform(get("/agenda/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/berita/bukan-angka")).andExpect(status().isNotFound());
	}

	@Test
	void aPengelolaDataEditsOnlyTheContentOfTheUnitsTheirGrantCovers() throws Exception {
		MockHttpSession own = editors.staff("pengelola.dlh", Role.PENGELOLA_DATA, dlh.id());
		MockHttpSession other = editors.staff("pengelola.lain", Role.PENGELOLA_DATA, dinkes.id());
		long id = editors.publish(own, "PENGUMUMAN", dlh.id(), "Jadwal angkut sampah uji-5", "Senin dan Kamis.", "WEEKLY");

		assertThat(mvc.perform(get("/staf/konten").session(other)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Jadwal angkut sampah uji-5");
		mvc.perform(get("/staf/konten/" + id).session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/staf/konten/" + id + "/tarik").with(csrf()).session(other)).andExpect(status().isNotFound());
		String refused = mvc.perform(Editors.form("BERITA", dlh.id(), "Menyusup uji-5", "Isi.", "AS_NEEDED").session(other))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Pilih unit yang Anda kelola.");
		assertThat(jdbc.sql("SELECT count(*) FROM informasi_konten WHERE title = 'Menyusup uji-5'").query(Long.class).single())
			.isZero();

		MockHttpSession notAnEditor = editors.staff("petugas.bukan", Role.PETUGAS_LAYANAN, dlh.id());
		mvc.perform(get("/staf/konten").session(notAnEditor)).andExpect(status().isForbidden());

		// A city-wide grant covers every OPD.
		MockHttpSession cityWide = editors.staff("pengelola.kota", Role.PENGELOLA_DATA, units.city().id());
		mvc.perform(get("/staf/konten/" + id).session(cityWide)).andExpect(status().isOk());
	}

	@Test
	void theContactsPageOpensTheDialerAndWhatsappForEachKecamatansEmergencyContacts() throws Exception {
		UnitView kecamatan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KECAMATAN).findFirst().orElseThrow();
		MockHttpSession admin = editors.logIn("admin", "Admin#Uji2026");
		String invalid = mvc.perform(post("/admin/konten/kontak-darurat").with(csrf())
			.session(admin)
			.param("kecamatanId", String.valueOf(kecamatan.id()))
			.param("kind", "AMBULANS")
			.param("name", "")
			.param("phone", "bukan nomor")
			.param("whatsapp", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("Nama wajib diisi").contains("Nomor tidak valid").contains("aria-invalid=\"true\"");

		mvc.perform(post("/admin/konten/kontak-darurat").with(csrf())
			.session(admin)
			.param("kecamatanId", String.valueOf(kecamatan.id()))
			.param("kind", "MOBIL_JENAZAH")
			.param("name", "Mobil jenazah uji-6")
			.param("phone", "0711-361 222")
			.param("whatsapp", "0812-3456-7890")).andExpect(status().is3xxRedirection());

		String contacts = page("/kontak");
		assertThat(contacts).contains("Mobil jenazah uji-6")
			.contains("href=\"tel:0711361222\"")
			.contains("href=\"https://wa.me/6281234567890\"")
			.contains("href=\"tel:112\"")
			.contains("Diperbarui ")
			.contains("href=\"/unit/" + kecamatan.id() + "\"");
		mvc.perform(get("/admin/konten/kontak-darurat").session(editors.staff("bukan.admin", Role.PENGELOLA_DATA,
				dinkes.id()))).andExpect(status().isForbidden());
	}

	@Test
	void theHomePageIsLightAndLinksTheMainAreas() throws Exception {
		String home = page("/");
		assertThat(home).contains("Selamat datang di SatuKota")
			.contains("action=\"/cari\"")
			.contains("href=\"/layanan/sk-domisili\"")
			.contains("href=\"/pengaduan\"")
			.contains("href=\"/data\"")
			.contains("href=\"/kinerja\"")
			.contains("href=\"/kontak\"")
			.contains("href=\"/masuk\"")
			.doesNotContain("leaflet")
			.doesNotContain("chart");
		assertThat(mvc.perform(get("/").param("keluar", "")).andReturn().getResponse().getContentAsString())
			.contains("Anda telah keluar.");
		assertThat(mvc.perform(get("/?lang=en")).andReturn().getResponse().getContentAsString())
			.contains("Welcome to SatuKota");
	}
}
