package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.directory.CityProfile;
import org.satukota.directory.RegionCodes;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UnitSeedingIntegrationTest {

	@Autowired
	Units units;

	@Autowired
	RegionCodes regionCodes;

	@Autowired
	UnitSeeder seeder;

	@Autowired
	WilayahTable regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfiguredCityIsPalembangWithItsWholeTreeSeeded() {
		assertThat(units.cityProfile().name()).isEqualTo("Kota Palembang");
		assertThat(units.cityProfile().zone().getId()).isEqualTo("Asia/Jakarta");
		UnitView city = units.city();
		assertThat(city.type()).isEqualTo(UnitType.KOTA);
		assertThat(city.code()).isEqualTo("16.71");
		assertThat(city.name()).isEqualTo("Pemerintah Kota Palembang");
		assertThat(city.parentId()).isNull();

		List<UnitView> seeded = units.activeUnits().stream()
			.filter(unit -> unit.code().startsWith("16.71") || unit.type() == UnitType.OPD)
			.toList();
		assertThat(seeded).filteredOn(unit -> unit.type() == UnitType.KECAMATAN).hasSizeGreaterThanOrEqualTo(18);
		assertThat(seeded).filteredOn(unit -> unit.type() == UnitType.KELURAHAN && unit.code().matches("16\\.71\\..*"))
			.hasSizeGreaterThanOrEqualTo(107);
		assertThat(units.activeUnits().get(0)).isEqualTo(city);
		assertThat(regionCodes.isKecamatan("167101")).isTrue();
	}

	@Test
	void opdsHangUnderTheCityWithTheirMailAndOpeningHours() {
		UnitView diskominfo = units.children(units.city().id()).stream()
			.filter(unit -> unit.code().equals("DISKOMINFO"))
			.findFirst()
			.orElseThrow();
		assertThat(diskominfo.name()).isEqualTo("Dinas Komunikasi dan Informatika");
		assertThat(diskominfo.email()).isEqualTo("diskominfo@palembang.go.id");
		assertThat(diskominfo.openingHours()).isEqualTo("Senin–Jumat 08.00–16.00");
		assertThat(diskominfo.type()).isEqualTo(UnitType.OPD);
	}

	@Test
	void kelurahanLieWithinTheirKecamatanAndTheCity() {
		long cityId = units.city().id();
		UnitView ilirBaratDua = units.children(cityId).stream()
			.filter(unit -> unit.code().equals("16.71.01"))
			.findFirst()
			.orElseThrow();
		List<UnitView> kelurahan = units.children(ilirBaratDua.id());
		assertThat(kelurahan).isNotEmpty().allSatisfy(unit -> {
			assertThat(unit.type()).isEqualTo(UnitType.KELURAHAN);
			assertThat(units.isWithin(unit.id(), ilirBaratDua.id())).isTrue();
			assertThat(units.isWithin(unit.id(), cityId)).isTrue();
			assertThat(units.isWithin(ilirBaratDua.id(), unit.id())).isFalse();
		});
		UnitView other = units.children(cityId).stream()
			.filter(unit -> unit.code().equals("16.71.02"))
			.findFirst()
			.orElseThrow();
		assertThat(units.isWithin(kelurahan.get(0).id(), other.id())).isFalse();
		assertThat(units.isWithin(cityId, cityId)).isTrue();
	}

	@Test
	void seedingAgainCreatesNothing() {
		int before = count("16.71");
		assertThat(seeder.seed(units.cityProfile(), "palembang.go.id")).isZero();
		assertThat(count("16.71")).isEqualTo(before);
	}

	@Test
	void seedingAnotherCityBuildsASeparateSubtreeAndLeavesTheConfiguredCityAlone() {
		int palembangBefore = count("16.71");
		CityProfile denpasar = CityProfiles.resolve(regions, "51.71");
		seeder.seed(denpasar, "denpasar.go.id");
		assertThat(seeder.seed(denpasar, "denpasar.go.id")).isZero();

		assertThat(count("16.71")).isEqualTo(palembangBefore);
		assertThat(countOfType("51.71", "KOTA")).isEqualTo(1);
		assertThat(countOfType("51.71", "KECAMATAN")).isEqualTo(4);
		assertThat(countOfType("51.71", "KELURAHAN")).isEqualTo(16);
		assertThat(countOfType("51.71", "DESA")).isEqualTo(27);
		assertThat(countOfType("51.71", "OPD")).isEqualTo(SeedPlan.OPDS.size());

		// Units answers for the configured city only.
		assertThat(units.activeUnits()).noneMatch(unit -> unit.code().startsWith("51.71"));
		long denpasarRoot = jdbc.sql("select id from directory_unit where city_code = '51.71' and type = 'KOTA'")
			.query(Long.class)
			.single();
		assertThat(units.find(denpasarRoot)).isEmpty();
		assertThat(units.city().code()).isEqualTo("16.71");
	}

	private int count(String cityCode) {
		return jdbc.sql("select count(*) from directory_unit where city_code = ?").param(cityCode)
			.query(Integer.class)
			.single();
	}

	private int countOfType(String cityCode, String type) {
		return jdbc.sql("select count(*) from directory_unit where city_code = ? and type = ?")
			.params(cityCode, type)
			.query(Integer.class)
			.single();
	}
}
