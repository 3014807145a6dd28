package org.satukota.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.satukota.account.NikRegions;
import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.ServiceVersion;

class RuleBasedFormValidationTest {

	private static final UnitView CITY = new UnitView(1, null, UnitType.KOTA, "16.71", "Pemerintah Kota", null, null,
			null, null, true);

	private static final UnitView KELURAHAN = new UnitView(7, 3L, UnitType.KELURAHAN, "16.71.05.1009",
			"Kelurahan 20 Ilir D-I", null, null, null, null, true);

	private static final UnitView RETIRED = new UnitView(8, 3L, UnitType.KELURAHAN, "16.71.05.1010", "Lama", null,
			null, null, null, false);

	private static final UnitView KECAMATAN = new UnitView(3, 1L, UnitType.KECAMATAN, "16.71.05", "Kecamatan", null,
			null, null, null, true);

	private final Units units = new Units() {
		@Override
		public CityProfile cityProfile() {
			return new CityProfile("16.71", "Kota Palembang", "16", "Sumatera Selatan", ZoneId.of("Asia/Jakarta"));
		}

		@Override
		public UnitView city() {
			return CITY;
		}

		@Override
		public Optional<UnitView> find(long unitId) {
			return List.of(CITY, KELURAHAN, RETIRED, KECAMATAN).stream().filter(u -> u.id() == unitId).findFirst();
		}

		@Override
		public List<UnitView> activeUnits() {
			return List.of(CITY, KECAMATAN, KELURAHAN);
		}

		@Override
		public List<UnitView> children(long unitId) {
			return List.of();
		}

		@Override
		public boolean isWithin(long unitId, long ancestorId) {
			return false;
		}
	};

	private final NikRegions regions = new NikRegions() {
		@Override
		public boolean isProvince(String code) {
			return code.equals("31") || code.equals("16");
		}

		@Override
		public boolean isRegency(String code) {
			return true;
		}

		@Override
		public boolean isKecamatan(String code) {
			return true;
		}
	};

	private final RuleBasedFormValidation validation = new RuleBasedFormValidation(regions, units,
			Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

	private static ServiceVersion service(FormField... fields) {
		return new ServiceVersion(1, "uji", 1, "Uji", "Uji", org.satukota.layanan.IssuerKind.KELURAHAN, null, List.of(),
				null, List.of(fields), List.of(), List.of(), null, 0, false, false, 1, Instant.EPOCH, false);
	}

	private static FormField field(String key, FieldType type, boolean required, Integer max, String... choices) {
		return new FormField(key, key, type, required, null, List.of(choices), max);
	}

	private Map<String, String> validate(ServiceVersion service, String... keyValues) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put(keyValues[i], keyValues[i + 1]);
		}
		return validation.validate(service, values);
	}

	@Test
	void theDomisiliFormAcceptsCompleteValuesAndReportsMissingRequiredOnes() {
		ServiceVersion domisili = ServiceSeedsTest.version("sk-domisili");
		assertThat(validate(domisili, "keperluan", "Melamar pekerjaan", "alamat", "Jl. Merdeka 1 RT 01 RW 02",
				"kelurahan", "7")).isEmpty();
		assertThat(validate(domisili, "keperluan", "  ", "alamat", "Jl. Merdeka 1")).containsOnly(
				Map.entry("keperluan", "layanan.field-required"), Map.entry("kelurahan", "layanan.field-required"));
	}

	@Test
	void optionalFieldsMayStayEmptyButAreStillChecked() {
		ServiceVersion s = service(field("tanggal", FieldType.DATE, false, null));
		assertThat(validate(s)).isEmpty();
		assertThat(validate(s, "tanggal", "31-02-2026")).containsEntry("tanggal", "layanan.field-invalid-date");
		assertThat(validate(s, "tanggal", "2026-02-30")).containsEntry("tanggal", "layanan.field-invalid-date");
		assertThat(validate(s, "tanggal", "2026-02-28")).isEmpty();
	}

	@Test
	void textLongerThanItsLimitIsRefused() {
		ServiceVersion s = service(field("nama", FieldType.TEXT, true, 5));
		assertThat(validate(s, "nama", "Budiman")).containsEntry("nama", "layanan.field-too-long");
		assertThat(validate(s, "nama", "Budi")).isEmpty();
	}

	@Test
	void numbersAcceptIndonesianGroupingButNotWords() {
		ServiceVersion s = service(field("jumlah", FieldType.NUMBER, true, null));
		assertThat(validate(s, "jumlah", "1.500.000")).isEmpty();
		assertThat(validate(s, "jumlah", "12")).isEmpty();
		assertThat(validate(s, "jumlah", "2,5")).isEmpty();
		assertThat(validate(s, "jumlah", "dua")).containsEntry("jumlah", "layanan.field-not-a-number");
		assertThat(validate(s, "jumlah", "1e9")).containsEntry("jumlah", "layanan.field-not-a-number");
	}

	@Test
	void aChoiceMustBeOneOfTheOptions() {
		ServiceVersion s = service(field("sebab", FieldType.CHOICE, true, null, "Cerai hidup", "Cerai mati"));
		assertThat(validate(s, "sebab", "Cerai mati")).isEmpty();
		assertThat(validate(s, "sebab", "Lainnya")).containsEntry("sebab", "layanan.field-invalid-choice");
	}

	@Test
	void aNikIsCheckedWithTheNikRules() {
		ServiceVersion s = service(field("nik", FieldType.NIK, true, null));
		assertThat(validate(s, "nik", "3171011708450001")).isEmpty();
		assertThat(validate(s, "nik", "3171 0117 0845 0001")).isEmpty();
		assertThat(validate(s, "nik", "9971011708450001")).containsEntry("nik", "layanan.field-invalid-nik");
		assertThat(validate(s, "nik", "12345")).containsEntry("nik", "layanan.field-invalid-nik");
	}

	@Test
	void aKelurahanMustBeAnActiveKelurahanOrDesaOfTheCity() {
		ServiceVersion s = service(field("kelurahan", FieldType.KELURAHAN, true, null));
		assertThat(validate(s, "kelurahan", "7")).isEmpty();
		assertThat(validate(s, "kelurahan", "8")).containsEntry("kelurahan", "layanan.field-unknown-kelurahan");
		assertThat(validate(s, "kelurahan", "3")).containsEntry("kelurahan", "layanan.field-unknown-kelurahan");
		assertThat(validate(s, "kelurahan", "999")).containsEntry("kelurahan", "layanan.field-unknown-kelurahan");
		assertThat(validate(s, "kelurahan", "tujuh")).containsEntry("kelurahan", "layanan.field-unknown-kelurahan");
	}

	@Test
	void valuesForUnknownKeysAreIgnored() {
		ServiceVersion s = service(field("nama", FieldType.TEXT, false, null));
		assertThat(validate(s, "lain", "apa saja")).isEmpty();
		assertThat(validation.validate(s, null)).isEmpty();
	}
}
