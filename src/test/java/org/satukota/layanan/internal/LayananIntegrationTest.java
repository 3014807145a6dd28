package org.satukota.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.dokumen.PdfRenderer;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LayananIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	ServiceSeeder seeder;

	@Autowired
	ServicePublishing publishing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<PdfRenderer> renderer;

	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@BeforeEach
	void setUpMockMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static ServiceDefinition domisiliNamed(String name, String description) {
		ServiceDefinition d = ServiceDefinition.of(ServiceSeedsTest.version("sk-domisili"));
		return new ServiceDefinition(name, description, d.issuerKind(), d.issuerOpdCode(), d.lifeEvents(),
				d.standard(), d.form(), d.requirements(), d.workflow(), d.document(), d.feeRupiah(), d.visitNeeded(),
				d.permit(), d.totalWorkingDays());
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void everyShippedServiceTypeIsInTheCatalogueAndSeedingAgainPublishesNothing() {
		for (String code : ServiceSeedsTest.codes()) {
			assertThat(catalog.current(code)).as(code).isPresent();
		}
		int versionsBefore = jdbc.sql("select count(*) from service_version").query(Integer.class).single();

		assertThat(seeder.seed()).isZero();

		assertThat(jdbc.sql("select count(*) from service_version").query(Integer.class).single())
			.isEqualTo(versionsBefore);
		ServiceVersion domisili = catalog.current("sk-domisili").orElseThrow();
		assertThat(domisili.name()).isEqualTo("Surat Keterangan Domisili");
		assertThat(domisili.requirements()).extracting(r -> r.key()).startsWith("pengantar-rt-rw", "ktp", "kk");
		assertThat(catalog.version(domisili.id())).contains(domisili);
	}

	@Test
	void publishingANewVersionKeepsTheOldVersionReadableWithItsOldContent() {
		String code = unique("uji-versi");
		long first = publishing.create(code, domisiliNamed("Surat Uji Versi Satu", "Versi pertama."), Actor.SYSTEM);
		long second = publishing.publish(code, domisiliNamed("Surat Uji Versi Dua", "Versi kedua."),
				new Actor("admin", "ADMIN", null));

		assertThat(catalog.current(code)).hasValueSatisfying(v -> {
			assertThat(v.id()).isEqualTo(second);
			assertThat(v.version()).isEqualTo(2);
			assertThat(v.name()).isEqualTo("Surat Uji Versi Dua");
		});
		assertThat(catalog.version(first)).hasValueSatisfying(v -> {
			assertThat(v.version()).isEqualTo(1);
			assertThat(v.name()).isEqualTo("Surat Uji Versi Satu");
			assertThat(v.description()).isEqualTo("Versi pertama.");
			assertThat(v.retired()).isFalse();
		});
		assertThat(catalog.published()).extracting(ServiceVersion::code).containsOnlyOnce(code);
	}

	@Test
	void storedVersionsCannotBeChangedOrDeleted() {
		long id = catalog.current("sk-domisili").orElseThrow().id();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("update service_version set published_by = 'x' where id = ?")
				.param(id)
				.update())
			.hasMessageContaining("immutable");
	}

	@Test
	void searchFindsTheRightLettersForEverydayIndonesianWords() {
		assertThat(codes(catalog.search("domisili"))).first().isEqualTo("sk-domisili");
		assertThat(codes(catalog.search("domisili"))).contains("sk-domisili-sementara", "sk-domisili-sementara-wna");
		assertThat(codes(catalog.search("nikah")).subList(0, 3)).containsExactlyInAnyOrder("dispensasi-nikah",
				"pengantar-nikah-n1", "sk-belum-nikah");
		assertThat(codes(catalog.search("tidak mampu"))).first().isEqualTo("sktm");
		assertThat(codes(catalog.search("kematian")).subList(0, 2)).containsExactlyInAnyOrder("sk-kematian",
				"sk-kematian-suami-istri");
		assertThat(codes(catalog.search("berobat"))).first().isEqualTo("sk-berobat");
	}

	@Test
	void aNewlyPublishedServiceIsFoundAndARetiredOneIsNot() {
		String code = unique("uji-cari");
		publishing.create(code, domisiliNamed("Surat Keterangan Penangkaran Burung Walet", "Uji pencarian."),
				Actor.SYSTEM);
		assertThat(codes(catalog.search("walet"))).containsExactly(code);

		publishing.retire(code, "Uji pensiun", Actor.SYSTEM);

		assertThat(catalog.search("walet")).isEmpty();
	}

	@Test
	void retiringHidesAServiceFromTheCatalogueButItsVersionsStayReadable() throws Exception {
		String code = unique("uji-pensiun");
		long versionId = publishing.create(code, domisiliNamed("Surat Uji Pensiun", "Akan dipensiunkan."),
				Actor.SYSTEM);
		assertThat(body(get("/layanan/" + code), 200)).contains("Surat Uji Pensiun");

		publishing.retire(code, "Tidak diperlukan lagi", new Actor("admin", "ADMIN", null));

		assertThat(catalog.current(code)).isEmpty();
		assertThat(catalog.published()).extracting(ServiceVersion::code).doesNotContain(code);
		assertThat(catalog.version(versionId)).hasValueSatisfying(v -> {
			assertThat(v.name()).isEqualTo("Surat Uji Pensiun");
			assertThat(v.retired()).isTrue();
		});
		mvc.perform(get("/layanan/" + code).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(get("/api/katalog/" + code)).andExpect(status().isNotFound());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> publishing.retire(code, "lagi", Actor.SYSTEM))
			.hasMessage("layanan.already-retired");
	}

	@Test
	void theCataloguePageGroupsServicesByLifeEventAndByIssuingUnit() throws Exception {
		String page = body(get("/layanan").accept(MediaType.TEXT_HTML), 200);
		assertThat(page).contains("Katalog layanan", "Menurut peristiwa hidup", "Menurut unit penerbit", "Pernikahan",
				"Kematian", "Bantuan sosial", "Layanan kelurahan/desa", "Layanan kecamatan",
				"Layanan perangkat daerah (OPD)", "Surat Keterangan Domisili", "Izin Usaha Mikro dan Kecil (IUMK)",
				"Gratis", "1 hari kerja", "href=\"/layanan/sk-domisili\"");
	}

	@Test
	void theCataloguePageSearches() throws Exception {
		String page = body(get("/layanan").param("q", "tidak mampu").accept(MediaType.TEXT_HTML), 200);
		assertThat(page).contains("Surat Keterangan Keluarga Kurang Mampu (SKTM)").doesNotContain("Menurut peristiwa hidup");
		assertThat(body(get("/layanan").param("q", "qwertyuiop").accept(MediaType.TEXT_HTML), 200))
			.contains("Tidak ada layanan yang cocok");
	}

	@Test
	void aServicePageShowsThePublishedStandardButNotTheInternalComponents() throws Exception {
		String page = body(get("/layanan/sk-domisili").accept(MediaType.TEXT_HTML), 200);
		assertThat(page).contains("Surat Keterangan Domisili", "Persyaratan", "Sistem, mekanisme dan prosedur",
				"Jangka waktu penyelesaian", "Biaya/tarif", "Produk pelayanan",
				"Penanganan pengaduan, saran dan masukan", "Surat Pengantar RT/RW", "KTP-el", "Kartu Keluarga",
				"6 bulan", "Gratis", "href=\"/warga/permohonan/baru/sk-domisili\"",
				"href=\"/layanan/sk-domisili/formulir.pdf\"", "Lama tinggal di alamat ini");
		assertThat(page).doesNotContain("Evaluasi kinerja pelaksana dilakukan", "Dasar hukum", "${pemohon.nama}");
		assertThat(body(get("/layanan/pengantar-nikah-n1").accept(MediaType.TEXT_HTML), 200))
			.contains("memerlukan kedatangan Anda");
		assertThat(body(get("/layanan/izin-usaha-mikro-kecil").accept(MediaType.TEXT_HTML), 200))
			.contains("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Peninjauan lapangan",
					"Pemenuhan komitmen", "5 tahun");
	}

	@Test
	void anUnknownServiceIsANotFoundPage() throws Exception {
		// Through the real server, so that the servlet container renders the platform's error page.
		java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/layanan/tidak-ada"))
				.header("Accept", "text/html")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Halaman yang Anda cari tidak ditemukan.");
		mvc.perform(get("/layanan/tidak-ada-layanan-ini/formulir.pdf")).andExpect(status().isNotFound());
	}

	@Test
	void theBlankFormListsTheRequirementsAsAChecklistAndAnEmptyLinePerField() throws Exception {
		ServiceVersion sktm = catalog.current("sktm").orElseThrow();
		String xhtml = context.getBean(BlankForm.class).body(sktm, java.util.Locale.forLanguageTag("id"));
		assertThat(DefinitionRules.wellFormed(xhtml)).isTrue();
		assertThat(xhtml).contains("Surat Pernyataan Tidak Mampu bermeterai Rp10.000", "Foto rumah tampak depan",
				"Pekerjaan kepala keluarga", "Pendidikan/beasiswa", "Daftar periksa persyaratan");

		Assumptions.assumeTrue(renderer.getIfAvailable() != null, "the dokumen module's renderer is not merged yet");
		MvcResult result = mvc.perform(get("/layanan/sktm/formulir.pdf")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Surat Pengantar RT/RW", "Kartu Keluarga",
					"Surat Pernyataan Tidak Mampu bermeterai Rp10.000", "Pekerjaan kepala keluarga");
		}
	}

	@Test
	void theCatalogueApiListsAndSearchesServices() throws Exception {
		String all = body(get("/api/katalog"), 200);
		assertThat(all).contains("\"code\":\"sk-domisili\"", "\"code\":\"izin-usaha-mikro-kecil\"",
				"\"issuerOpdCode\":\"DPMPTSP\"", "\"blankFormUrl\":\"http://localhost:8080/layanan/sk-domisili/formulir.pdf\"");
		String found = body(get("/api/katalog").param("q", "berobat"), 200);
		assertThat(found).startsWith("[{\"code\":\"sk-berobat\"");
	}

	@Test
	void theCatalogueApiShowsOnePublishedServiceWithoutItsInternalParts() throws Exception {
		String detail = body(get("/api/katalog/sk-domisili"), 200);
		assertThat(detail).contains("\"persyaratan\"", "\"penangananPengaduan\"", "\"key\":\"pengantar-rt-rw\"",
				"\"type\":\"KELURAHAN\"", "\"validityMonths\":6", "\"applyUrl\"");
		assertThat(detail).doesNotContain("dasarHukum", "evaluasiKinerja", "bodyTemplate", "numberFormat",
				"PETUGAS_LAYANAN");
	}

	@Test
	void anUnknownServiceInTheApiIsAProblemDocument() throws Exception {
		MvcResult result = mvc.perform(get("/api/katalog/tidak-ada")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("\"code\":\"layanan.unknown-service\"");
	}

	@Test
	void theCatalogueApiIsDescribedInTheOpenApiDocument() throws Exception {
		assertThat(body(get("/v3/api-docs"), 200)).contains("/api/katalog/{code}", "Katalog layanan");
	}

	@Test
	void theServiceEditorIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/layanan")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/layanan").with(user("warga").roles("WARGA"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/layanan").with(user("petugas").roles("STAF", "PETUGAS_LAYANAN")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/layanan").param("code", "x").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void anAdministratorCreatesAServiceEditsItIntoVersionTwoAndRetiresIt() throws Exception {
		String code = unique("sk-uji-editor");
		assertThat(body(get("/admin/layanan").with(user("admin").roles("ADMIN")), 200)).contains("sk-domisili",
				"Surat Keterangan Domisili");
		assertThat(body(get("/admin/layanan/baru").with(user("admin").roles("ADMIN")), 200))
			.contains("Tambah baris", "name=\"steps[1].kind\"");

		MvcResult created = mvc.perform(editorPost("/admin/layanan", code, "Surat Keterangan Uji Editor")).andReturn();
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(302);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/layanan/" + code);
		ServiceVersion v1 = catalog.current(code).orElseThrow();
		assertThat(v1.version()).isEqualTo(1);
		assertThat(v1.form()).extracting(f -> f.key()).containsExactly("keperluan", "jenis");
		assertThat(v1.form().get(1).choices()).containsExactly("Pribadi", "Usaha");
		assertThat(v1.requirements()).extracting(r -> r.key() + ":" + r.maxBytes())
			.containsExactly("ktp:" + 3 * 1024 * 1024);
		assertThat(v1.workflow()).hasSize(2);

		MvcResult edited = mvc.perform(editorPost("/admin/layanan/" + code, null, "Surat Keterangan Uji Editor Baru"))
			.andReturn();
		assertThat(edited.getResponse().getStatus()).as(edited.getResponse().getContentAsString()).isEqualTo(302);
		ServiceVersion v2 = catalog.current(code).orElseThrow();
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.name()).isEqualTo("Surat Keterangan Uji Editor Baru");
		assertThat(catalog.version(v1.id()).orElseThrow().name()).isEqualTo("Surat Keterangan Uji Editor");
		assertThat(body(get("/admin/layanan/" + code).with(user("admin").roles("ADMIN")), 200))
			.contains("Riwayat versi", "Surat Keterangan Uji Editor Baru", "Versi terkini 2");

		assertThat(body(post("/admin/layanan/" + code + "/pensiunkan").param("reason", " ")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()), 200)).contains("Alasan wajib diisi.");
		mvc.perform(post("/admin/layanan/" + code + "/pensiunkan").param("reason", "Digabung dengan layanan lain")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(catalog.current(code)).isEmpty();
		assertThat(catalog.version(v2.id())).hasValueSatisfying(v -> assertThat(v.retired()).isTrue());
		assertThat(body(get("/admin/layanan/" + code).with(user("admin").roles("ADMIN")), 200))
			.contains("Digabung dengan layanan lain");
	}

	@Test
	void anInvalidDefinitionIsShownBackWithMessagesAndNothingIsSaved() throws Exception {
		String code = unique("sk-uji-salah");
		String page = body(editorPost("/admin/layanan", code, "Surat Salah", "steps[1].kind", "VERIFY", "numberFormat",
				"474/KEL/{tahun}", "fields[1].key", "keperluan", "requirements[0].maxMegabytes", "tiga"), 200);
		assertThat(page).contains("Belum ada yang disimpan", "Format nomor wajib memuat {nomor}.",
				"Kunci ini sudah dipakai di baris lain.", "Langkah terakhir alur kerja harus Persetujuan dan tanda tangan.",
				"Isi dengan bilangan bulat.", "aria-invalid=\"true\"");
		assertThat(jdbc.sql("select count(*) from service_type where code = ?").param(code).query(Integer.class).single())
			.isZero();
		assertThat(body(editorPost("/admin/layanan", "sk-domisili", "Duplikat"), 200))
			.contains("Kode ini sudah dipakai layanan lain.");
	}

	@Test
	void addingARowReShowsTheFormWithoutSaving() throws Exception {
		String code = unique("sk-uji-baris");
		String page = body(editorPost("/admin/layanan", code, "Surat Baris", "tambah", "fields"), 200);
		assertThat(page).contains("name=\"fields[3].key\"");
		assertThat(catalog.current(code)).isEmpty();
	}

	private MockHttpServletRequestBuilder editorPost(String path, String code, String name, String... overrides) {
		java.util.Map<String, List<String>> form = new java.util.LinkedHashMap<>();
		if (code != null) {
			form.put("code", List.of(code));
		}
		form.put("name", List.of(name));
		form.put("description", List.of("Surat untuk pengujian editor."));
		form.put("issuerKind", List.of("KELURAHAN"));
		form.put("lifeEvents", List.of("Kependudukan, Usaha"));
		form.put("feeRupiah", List.of("0"));
		form.put("totalWorkingDays", List.of("2"));
		form.put("persyaratan", List.of("KTP-el"));
		form.put("prosedur", List.of("Ajukan daring."));
		form.put("jangkaWaktu", List.of("2 hari kerja"));
		form.put("biaya", List.of("Gratis"));
		form.put("produk", List.of("Surat keterangan"));
		form.put("penangananPengaduan", List.of("Melalui menu Pengaduan."));
		form.put("fields[0].key", List.of("keperluan"));
		form.put("fields[0].label", List.of("Keperluan"));
		form.put("fields[0].type", List.of("TEXT"));
		form.put("fields[0].required", List.of("true"));
		form.put("fields[1].key", List.of("jenis"));
		form.put("fields[1].label", List.of("Jenis"));
		form.put("fields[1].type", List.of("CHOICE"));
		form.put("fields[1].choices", List.of("Pribadi, Usaha"));
		form.put("fields[2].key", List.of(""));
		form.put("fields[2].label", List.of(""));
		form.put("fields[2].type", List.of("TEXT"));
		form.put("requirements[0].key", List.of("ktp"));
		form.put("requirements[0].label", List.of("KTP-el"));
		form.put("requirements[0].mandatory", List.of("true"));
		form.put("requirements[0].acceptedMediaTypes", List.of("application/pdf", "image/jpeg"));
		form.put("requirements[0].maxMegabytes", List.of("3"));
		form.put("steps[0].key", List.of("verifikasi"));
		form.put("steps[0].label", List.of("Verifikasi"));
		form.put("steps[0].kind", List.of("VERIFY"));
		form.put("steps[0].actingRole", List.of("PETUGAS_LAYANAN"));
		form.put("steps[0].deadlineWorkingDays", List.of("1"));
		form.put("steps[1].key", List.of("ttd"));
		form.put("steps[1].label", List.of("Tanda tangan"));
		form.put("steps[1].kind", List.of("APPROVE_AND_SIGN"));
		form.put("steps[1].actingRole", List.of("PEJABAT_PENANDATANGAN"));
		form.put("steps[1].deadlineWorkingDays", List.of("1"));
		form.put("documentTitle", List.of("Surat Keterangan Uji"));
		form.put("bodyTemplate", List.of("<p>Nama: ${pemohon.nama}, keperluan ${keperluan}.</p>"));
		form.put("numberFormat", List.of("470/{nomor}/KEL/{tahun}"));
		form.put("validityMonths", List.of("6"));
		// Overrides replace a default (a second param() with the same name would add a second value).
		for (int i = 0; i < overrides.length; i += 2) {
			form.put(overrides[i], List.of(overrides[i + 1]));
		}
		MockHttpServletRequestBuilder request = post(path).with(user("admin").roles("ADMIN")).with(csrf());
		form.forEach((key, values) -> request.param(key, values.toArray(String[]::new)));
		return request;
	}

	private static List<String> codes(List<ServiceVersion> versions) {
		return versions.stream().map(ServiceVersion::code).toList();
	}
}
