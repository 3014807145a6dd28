package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satukota.directory.CityProfile;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

class CityProfilesTest {

	static WilayahTable regions;

	@BeforeAll
	static void load() {
		regions = WilayahTable.fromClasspath();
	}

	@Test
	void palembangIsInSumateraSelatanOnWesternIndonesianTime() {
		CityProfile city = CityProfiles.resolve(regions, "16.71");
		assertThat(city).isEqualTo(new CityProfile("16.71", "Kota Palembang", "16", "Sumatera Selatan",
				CityProfiles.WIB));
	}

	@Test
	void anUndottedCodeResolvesToTheDottedProfile() {
		assertThat(CityProfiles.resolve(regions, "1371").code()).isEqualTo("13.71");
		assertThat(CityProfiles.resolve(regions, "1371").name()).isEqualTo("Kota Padang");
	}

	@Test
	void denpasarKeepsCentralIndonesianTime() {
		CityProfile city = CityProfiles.resolve(regions, "51.71");
		assertThat(city.name()).isEqualTo("Kota Denpasar");
		assertThat(city.provinceName()).isEqualTo("Bali");
		assertThat(city.zone().getId()).isEqualTo("Asia/Makassar");
	}

	@Test
	void zonesFollowTheProvince() {
		for (String province : new String[] { "11", "16", "31", "32", "61", "62" }) {
			assertThat(CityProfiles.zoneOf(province)).as(province).isEqualTo(CityProfiles.WIB);
		}
		for (String province : new String[] { "51", "52", "53", "63", "64", "65", "71", "73", "76" }) {
			assertThat(CityProfiles.zoneOf(province)).as(province).isEqualTo(CityProfiles.WITA);
		}
		for (String province : new String[] { "81", "82", "91", "92", "94", "97" }) {
			assertThat(CityProfiles.zoneOf(province)).as(province).isEqualTo(CityProfiles.WIT);
		}
	}

	@Test
	void anUnknownCityCodeStopsStartUpNamingTheProperty() {
		assertThatThrownBy(() -> CityProfiles.resolve(regions, "16.99"))
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageContaining("satukota.city.code")
			.hasMessageContaining("16.99");
	}

	@Test
	void aMalformedCityCodeStopsStartUpNamingTheProperty() {
		for (String wrong : new String[] { "Palembang", "16", "16.71.01", "", "16-71" }) {
			assertThatThrownBy(() -> CityProfiles.resolve(regions, wrong)).as(wrong)
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("satukota.city.code");
		}
	}

	@Test
	void theMailDomainIsDerivedFromTheCityName() {
		assertThat(CityProfiles.defaultEmailDomain("Kota Palembang")).isEqualTo("palembang.go.id");
		assertThat(CityProfiles.defaultEmailDomain("Kota Baubau")).isEqualTo("baubau.go.id");
		assertThat(CityProfiles.defaultEmailDomain("Kabupaten Ogan Ilir")).isEqualTo("oganilirkab.go.id");
	}
}
