package org.satukota.directory.internal;

import java.time.ZoneId;
import java.util.Locale;

import org.satukota.directory.CityProfile;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Turns the configured city code into the city's profile, using the shipped region list. A wrong code stops
 * start-up: running the platform for a city that does not exist would seed nonsense.
 */
final class CityProfiles {

	static final String PROPERTY = "satukota.city.code";

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	private CityProfiles() {
	}

	static CityProfile resolve(WilayahTable regions, String configuredCode) {
		long key = WilayahTable.key(configuredCode);
		if (key < 0 || WilayahTable.level(key) != 2) {
			throw new InvalidConfigurationPropertyValueException(PROPERTY, configuredCode,
					"Expected the Kemendagri code of a city or regency, two two-digit parts such as 16.71 "
							+ "(Kota Palembang), 13.71 (Kota Padang) or 51.71 (Kota Denpasar).");
		}
		String code = WilayahTable.dotted(key);
		String name = regions.name(code)
			.orElseThrow(() -> new InvalidConfigurationPropertyValueException(PROPERTY, configuredCode,
					"No city or regency has this code in the Kemendagri region list shipped with the platform "
							+ "(" + WilayahTable.RESOURCE + ")."));
		String provinceCode = code.substring(0, 2);
		String provinceName = regions.name(provinceCode).orElse(provinceCode);
		return new CityProfile(code, name, provinceCode, provinceName, zoneOf(provinceCode));
	}

	/** WITA for Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi; WIT for Maluku and Papua. */
	static ZoneId zoneOf(String provinceCode) {
		int province = Integer.parseInt(provinceCode.substring(0, 2));
		if (province == 51 || province == 52 || province == 53 || province == 63 || province == 64
				|| province == 65 || (province >= 71 && province <= 76)) {
			return WITA;
		}
		if (province == 81 || province == 82 || (province >= 91 && province <= 97)) {
			return WIT;
		}
		return WIB;
	}

	/** {@code Kota Palembang} → {@code palembang.go.id}; {@code Kabupaten Banyuasin} → {@code banyuasinkab.go.id}. */
	static String defaultEmailDomain(String cityName) {
		String name = cityName.toLowerCase(Locale.ROOT).strip();
		boolean regency = name.startsWith("kabupaten ");
		for (String prefix : new String[] { "kota administrasi ", "kabupaten administrasi ", "kota ", "kabupaten " }) {
			if (name.startsWith(prefix)) {
				name = name.substring(prefix.length());
				break;
			}
		}
		return name.replaceAll("[^a-z0-9]", "") + (regency ? "kab" : "") + ".go.id";
	}
}
