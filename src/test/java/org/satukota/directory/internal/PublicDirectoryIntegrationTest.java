package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PublicDirectoryIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcUnits units;

	@Autowired
	UnitAdministration administration;

	@Autowired
	UnitSeeder seeder;

	@Autowired
	WilayahTable regions;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theCityPageShowsTheCityAndLinksItsOpdsAndKecamatan() throws Exception {
		HttpResponse<String> response = get("/unit/" + units.city().id());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Pemerintah Kota Palembang")
			.contains("Dinas Komunikasi dan Informatika")
			.contains("Kecamatan Ilir Barat Dua");
	}

	@Test
	void theUnitPageSpeaksEnglishOnRequest() throws Exception {
		HttpResponse<String> indonesian = get("/unit/" + units.city().id());
		HttpResponse<String> english = get("/unit/" + units.city().id() + "?lang=en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"").isNotEqualTo(indonesian.body());
	}

	@Test
	void retiredUnitsAreNotShownPublicly() throws Exception {
		UnitView kecamatan = units.children(units.city().id()).stream()
			.filter(unit -> unit.code().equals("16.71.17"))
			.findFirst()
			.orElseThrow();
		long id = administration.create(UnitType.KELURAHAN, kecamatan.id(), "16.71.17.1987",
				new Unit.UnitDetails("Kelurahan Uji Publik Pensiun", null, null, null, null), Actor.SYSTEM);
		assertThat(get("/unit/" + kecamatan.id()).body()).contains("Kelurahan Uji Publik Pensiun");
		assertThat(get("/unit/" + id).statusCode()).isEqualTo(200);

		administration.retire(id, "Uji", Actor.SYSTEM);

		assertThat(get("/unit/" + kecamatan.id()).body()).doesNotContain("Kelurahan Uji Publik Pensiun");
		assertThat(get("/unit/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aUnitPageShowsItsDetailsItsParentAndTheUnitsBelowIt() throws Exception {
		UnitView kecamatan = units.children(units.city().id()).stream()
			.filter(unit -> unit.code().equals("16.71.01"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> page = get("/unit/" + kecamatan.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Kecamatan Ilir Barat Dua")
			.contains("Kode wilayah Kemendagri 16.71.01")
			.contains("Pemerintah Kota Palembang")
			.contains(units.children(kecamatan.id()).get(0).name());
	}

	@Test
	void anUnknownUnitIsANotFoundPage() throws Exception {
		HttpResponse<String> response = get("/unit/999999");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Halaman yang Anda cari tidak ditemukan.");
		assertThat(get("/unit/bukan-angka").statusCode()).isEqualTo(404);
	}

	@Test
	void aUnitOfAnotherCityIsNotFound() throws Exception {
		seeder.seed(CityProfiles.resolve(regions, "13.71"), "padang.go.id");
		long padang = jdbc.sql("select id from directory_unit where city_code = '13.71' and type = 'KOTA'")
			.query(Long.class)
			.single();
		assertThat(get("/unit/" + padang).statusCode()).isEqualTo(404);
		assertThat(get("/unit/" + units.city().id()).body()).doesNotContain("Pemerintah Kota Padang");
	}

	@Test
	void theAdminAreaSendsAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> response = get("/admin/unit");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/masuk"));
	}
}
