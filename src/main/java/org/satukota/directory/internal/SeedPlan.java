package org.satukota.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitType;

/**
 * The units a city starts with: the city government itself, the OPDs the platform's services rely on, and an
 * office for every kecamatan and kelurahan/desa in the Kemendagri list. Pure data, so it can be checked without
 * a database.
 */
record SeedPlan(CityProfile city, List<PlannedUnit> units) {

	static final String DEFAULT_OPENING_HOURS = "Senin–Jumat 08.00–16.00";

	/** The agencies the platform's services and complaint routing name, by their usual short codes. */
	static final List<String[]> OPDS = List.of(
			new String[] { "SETDA", "Sekretariat Daerah" },
			new String[] { "DISKOMINFO", "Dinas Komunikasi dan Informatika" },
			new String[] { "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil" },
			new String[] { "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" },
			new String[] { "DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan" },
			new String[] { "BPBD", "Badan Penanggulangan Bencana Daerah" },
			new String[] { "SATPOLPP", "Satuan Polisi Pamong Praja" },
			new String[] { "DISHUB", "Dinas Perhubungan" },
			new String[] { "DINKES", "Dinas Kesehatan" },
			new String[] { "DLH", "Dinas Lingkungan Hidup" },
			new String[] { "DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang" },
			new String[] { "DINSOS", "Dinas Sosial" },
			new String[] { "BAPENDA", "Badan Pendapatan Daerah" },
			new String[] { "BAPPEDA", "Badan Perencanaan Pembangunan Daerah" });

	static SeedPlan of(WilayahTable regions, CityProfile city, String emailDomain) {
		List<PlannedUnit> units = new ArrayList<>();
		units.add(new PlannedUnit(UnitType.KOTA, city.code(), null, "Pemerintah " + city.name(),
				null, DEFAULT_OPENING_HOURS));
		for (String[] opd : OPDS) {
			units.add(new PlannedUnit(UnitType.OPD, opd[0], city.code(), opd[1],
					opd[0].toLowerCase(Locale.ROOT) + "@" + emailDomain, DEFAULT_OPENING_HOURS));
		}
		for (WilayahTable.Region kecamatan : regions.children(city.code())) {
			units.add(new PlannedUnit(UnitType.KECAMATAN, kecamatan.code(), city.code(),
					"Kecamatan " + kecamatan.name(), null, DEFAULT_OPENING_HOURS));
			for (WilayahTable.Region village : regions.children(kecamatan.code())) {
				UnitType type = villageType(village.code());
				String prefix = type == UnitType.DESA ? "Desa " : "Kelurahan ";
				units.add(new PlannedUnit(type, village.code(), kecamatan.code(), prefix + village.name(), null,
						DEFAULT_OPENING_HOURS));
			}
		}
		return new SeedPlan(city, List.copyOf(units));
	}

	/** Kelurahan codes start with 1 in their four-digit part, desa codes with 2. */
	static UnitType villageType(String code) {
		return code.charAt(code.lastIndexOf('.') + 1) == '2' ? UnitType.DESA : UnitType.KELURAHAN;
	}

	long count(UnitType type) {
		return units.stream().filter(unit -> unit.type() == type).count();
	}

	/** One unit to create; {@code parentCode} is {@code null} only for the city. */
	record PlannedUnit(UnitType type, String code, String parentCode, String name, String email,
			String openingHours) {
	}
}
