package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;

class SeedPlanTest {

	static WilayahTable regions;

	@BeforeAll
	static void load() {
		regions = WilayahTable.fromClasspath();
	}

	private static SeedPlan plan(String code) {
		var city = CityProfiles.resolve(regions, code);
		return SeedPlan.of(regions, city, CityProfiles.defaultEmailDomain(city.name()));
	}

	@Test
	void palembangStartsWithItsEighteenKecamatanAndHundredSevenKelurahan() {
		SeedPlan plan = plan("16.71");
		assertThat(plan.count(UnitType.KOTA)).isEqualTo(1);
		assertThat(plan.count(UnitType.KECAMATAN)).isEqualTo(18);
		assertThat(plan.count(UnitType.KELURAHAN)).isEqualTo(107);
		assertThat(plan.count(UnitType.DESA)).isZero();
		assertThat(plan.count(UnitType.OPD)).isEqualTo(SeedPlan.OPDS.size());
		assertThat(plan.units().get(0).name()).isEqualTo("Pemerintah Kota Palembang");
		assertThat(plan.units()).anySatisfy(unit -> {
			assertThat(unit.code()).isEqualTo("16.71.01");
			assertThat(unit.name()).isEqualTo("Kecamatan Ilir Barat Dua");
			assertThat(unit.parentCode()).isEqualTo("16.71");
		});
	}

	@Test
	void theOpdsNamedByTheSpecificationGetCodesOfficialNamesAndMail() {
		SeedPlan plan = plan("16.71");
		assertThat(plan.units()).filteredOn(unit -> unit.type() == UnitType.OPD)
			.extracting(SeedPlan.PlannedUnit::code)
			.contains("DISKOMINFO", "DISDUKCAPIL", "DPMPTSP", "DAMKAR", "BPBD", "SATPOLPP", "DISHUB", "DINKES", "DLH",
					"DPUPR", "DINSOS", "BAPENDA", "BAPPEDA");
		assertThat(plan.units()).anySatisfy(unit -> {
			assertThat(unit.code()).isEqualTo("DISKOMINFO");
			assertThat(unit.name()).isEqualTo("Dinas Komunikasi dan Informatika");
			assertThat(unit.email()).isEqualTo("diskominfo@palembang.go.id");
			assertThat(unit.openingHours()).isEqualTo("Senin–Jumat 08.00–16.00");
			assertThat(unit.parentCode()).isEqualTo("16.71");
		});
	}

	@Test
	void everyVillageHangsUnderItsOwnKecamatan() {
		for (SeedPlan.PlannedUnit unit : plan("16.71").units()) {
			if (unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA) {
				assertThat(unit.code()).startsWith(unit.parentCode() + ".");
				assertThat(unit.name()).startsWith("Kelurahan ");
			}
		}
	}

	@Test
	void padangHasElevenKecamatanAndHundredFourKelurahan() {
		SeedPlan plan = plan("13.71");
		assertThat(plan.count(UnitType.KECAMATAN)).isEqualTo(11);
		assertThat(plan.count(UnitType.KELURAHAN)).isEqualTo(104);
		assertThat(plan.units().get(0).name()).isEqualTo("Pemerintah Kota Padang");
	}

	@Test
	void denpasarHasDesaAsWellAsKelurahanAndKeepsCentralTime() {
		SeedPlan plan = plan("51.71");
		assertThat(plan.count(UnitType.KECAMATAN)).isEqualTo(4);
		assertThat(plan.count(UnitType.KELURAHAN)).isEqualTo(16);
		assertThat(plan.count(UnitType.DESA)).isEqualTo(27);
		assertThat(plan.city().zone().getId()).isEqualTo("Asia/Makassar");
		assertThat(plan.units()).anySatisfy(unit -> {
			assertThat(unit.code()).isEqualTo("51.71.01.2007");
			assertThat(unit.type()).isEqualTo(UnitType.DESA);
			assertThat(unit.name()).isEqualTo("Desa Sidakarya");
		});
		assertThat(plan.units()).filteredOn(unit -> unit.type() == UnitType.OPD)
			.allSatisfy(unit -> assertThat(unit.email()).endsWith("@denpasar.go.id"));
	}

	@Test
	void villageTypeFollowsTheFirstDigitOfItsCode() {
		assertThat(SeedPlan.villageType("51.71.01.1001")).isEqualTo(UnitType.KELURAHAN);
		assertThat(SeedPlan.villageType("51.71.01.2007")).isEqualTo(UnitType.DESA);
	}
}
