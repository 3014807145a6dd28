package org.satukota.account.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code satukota.demo.enabled=true}): one staff account per role in realistic units and three
 * citizens, all with the demo password. Units are chosen by type and OPD code so it works for any configured city.
 * The list is documented in {@code docs/demo-accounts.md}.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 90)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** Kelurahan 20 Ilir D-I, Kecamatan Ilir Timur I, Palembang: the kelurahan the field study names. */
	static final String PREFERRED_KELURAHAN = "16.71.05.1009";

	private final Seeding seeding;

	private final Units units;

	private final String password;

	DemoAccounts(Seeding seeding, Units units, @Value("${satukota.demo.password}") String password) {
		this.seeding = seeding;
		this.units = units;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UnitView> all = units.activeUnits();
		UnitView city = units.city();
		UnitView kelurahan = all.stream()
			.filter(unit -> PREFERRED_KELURAHAN.equals(unit.code()))
			.findFirst()
			.or(() -> first(all, unit -> unit.type() == UnitType.KELURAHAN))
			.or(() -> first(all, unit -> unit.type() == UnitType.DESA))
			.orElse(city);
		UnitView kominfo = opd(all, "KOMINFO", "komunikasi").orElse(city);
		UnitView pupr = opd(all, "PUPR", "pekerjaan umum").or(() -> first(all, unit -> unit.type() == UnitType.OPD))
			.orElse(city);
		UnitView damkar = opd(all, "DAMKAR", "pemadam").orElse(city);

		int created = 0;
		created += staff("admin", "Admin Diskominfo", Role.ADMIN, city);
		created += staff("petugas.kelurahan", "Rahmat Hidayat", Role.PETUGAS_LAYANAN, kelurahan);
		created += staff("lurah", "Hendra Saputra", Role.PEJABAT_PENANDATANGAN, kelurahan);
		created += staff("admin.pengaduan", "Nurul Fitriani", Role.ADMIN_PENGADUAN, kominfo);
		created += staff("penghubung.pupr", "Agus Setiawan", Role.ADMIN_PENGHUBUNG_OPD, pupr);
		created += staff("operator112", "Dian Permata", Role.OPERATOR_112, kominfo);
		created += staff("petugas.damkar", "Joko Prasetyo", Role.PETUGAS_LAPANGAN, damkar);
		created += staff("pengelola.data", "Maya Lestari", Role.PENGELOLA_DATA, kominfo);
		created += staff("walikota", "Wali Kota", Role.PIMPINAN, city);

		String region = regionDigits(city, kelurahan);
		created += citizen(region + "520390" + "0001", "Siti Aminah", "siti@warga.test", "6281200000001");
		created += citizen(region + "050685" + "0002", "Budi Santoso", "budi@warga.test", "6281200000002");
		created += citizen(region + "611101" + "0003", "Rina Wulandari", "rina@warga.test", "6281200000003");
		if (created > 0) {
			log.info("Demo mode: {} demo accounts created (see docs/demo-accounts.md)", created);
		}
	}

	private int staff(String username, String name, Role role, UnitView unit) {
		return seeding.ensureStaff(username, name, username + "@satukota.test", password, role, unit.id()) ? 1 : 0;
	}

	private int citizen(String nik, String name, String email, String phone) {
		return seeding.ensureCitizen(nik, name, email, phone, password) ? 1 : 0;
	}

	// The first six digits of a NIK registered in the demo kelurahan's kecamatan (city code + kecamatan code).
	private static String regionDigits(UnitView city, UnitView kelurahan) {
		String cityDigits = digits(city.code());
		String kelurahanDigits = digits(kelurahan.code());
		if (cityDigits.length() == 4 && kelurahanDigits.length() >= 6 && kelurahanDigits.startsWith(cityDigits)) {
			return kelurahanDigits.substring(0, 6);
		}
		return (cityDigits.length() == 4 ? cityDigits : "1671") + "01";
	}

	private static String digits(String code) {
		return code == null ? "" : code.replaceAll("\\D", "");
	}

	private static Optional<UnitView> opd(List<UnitView> all, String code, String nameFragment) {
		return first(all, unit -> unit.type() == UnitType.OPD && unit.code() != null
				&& unit.code().toUpperCase(Locale.ROOT).contains(code))
			.or(() -> first(all, unit -> unit.type() == UnitType.OPD
					&& unit.name().toLowerCase(Locale.ROOT).contains(nameFragment)));
	}

	private static Optional<UnitView> first(List<UnitView> all, Predicate<UnitView> test) {
		return all.stream().filter(test).findFirst();
	}
}
