package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WilayahTableTest {

	static WilayahTable regions;

	static long loadMillis;

	@BeforeAll
	static void load() {
		long started = System.nanoTime();
		regions = WilayahTable.fromClasspath();
		loadMillis = (System.nanoTime() - started) / 1_000_000;
	}

	@Test
	void loadsEveryRegionOfTheShippedListQuickly() {
		assertThat(regions.size()).isEqualTo(91_599);
		// Generous bound for a shared two-core machine; typically well under 300 ms.
		assertThat(loadMillis).isLessThan(3_000);
	}

	@Test
	void recognisesEachLevelWithOrWithoutDots() {
		assertThat(regions.isProvince("16")).isTrue();
		assertThat(regions.isRegency("16.71")).isTrue();
		assertThat(regions.isRegency("1671")).isTrue();
		assertThat(regions.isKecamatan("16.71.01")).isTrue();
		assertThat(regions.isKecamatan("167101")).isTrue();
		assertThat(regions.isKecamatan(" 31.71.01 ")).isTrue();
		assertThat(regions.isVillage("1671011001")).isTrue();
	}

	@Test
	void aCodeOfOneLevelIsNotAnotherLevel() {
		assertThat(regions.isKecamatan("16.71")).isFalse();
		assertThat(regions.isRegency("16")).isFalse();
		assertThat(regions.isProvince("16.71")).isFalse();
	}

	@Test
	void rejectsMalformedAndUnknownCodes() {
		assertThat(regions.isProvince("99")).isFalse();
		assertThat(regions.isRegency("16.7")).isFalse();
		assertThat(regions.isRegency("16.00")).isFalse();
		assertThat(regions.isKecamatan("16.71.99")).isFalse();
		assertThat(regions.isKecamatan("16x71x01")).isFalse();
		assertThat(regions.isKecamatan("")).isFalse();
		assertThat(regions.isKecamatan(null)).isFalse();
		assertThat(regions.name("12345")).isEmpty();
		assertThat(regions.name("16.71.01.1001.1")).isEmpty();
	}

	@Test
	void namesRegionsAtEveryLevel() {
		assertThat(regions.name("16")).contains("Sumatera Selatan");
		assertThat(regions.name("16.71")).contains("Kota Palembang");
		assertThat(regions.name("1671")).contains("Kota Palembang");
		assertThat(regions.name("16.71.01")).contains("Ilir Barat Dua");
		assertThat(regions.name("51.71.01.1001")).contains("Serangan");
		assertThat(regions.name("12.07.28.1007")).contains("Lubuk Pakam I,II");
	}

	@Test
	void listsTheDirectChildrenOfARegionInCodeOrder() {
		assertThat(regions.children("16.71")).hasSize(18)
			.first()
			.isEqualTo(new WilayahTable.Region("16.71.01", "Ilir Barat Dua"));
		assertThat(regions.children("16.71.01")).allSatisfy(r -> assertThat(r.code()).startsWith("16.71.01."));
		assertThat(regions.children("16.71.01.1001")).isEmpty();
	}

	@Test
	void sortsAnUnsortedListOnLoad() throws Exception {
		String csv = "kode,nama\n16.71.01,B\n16.71,A\n16,P\n16.71.01.1001,\"C, D\"\n";
		WilayahTable table = WilayahTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(table.children("16.71")).containsExactly(new WilayahTable.Region("16.71.01", "B"));
		assertThat(table.name("16.71.01.1001")).contains("C, D");
		assertThat(table.name("16")).contains("P");
	}

	@Test
	void normalisesCodesToTheDottedForm() {
		assertThat(WilayahTable.normalise("1671011001")).contains("16.71.01.1001");
		assertThat(WilayahTable.normalise("16.71")).contains("16.71");
		assertThat(WilayahTable.normalise("167")).isEmpty();
	}
}
