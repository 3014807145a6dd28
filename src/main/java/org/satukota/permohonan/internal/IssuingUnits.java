package org.satukota.permohonan.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.ServiceVersion;
import org.springframework.stereotype.Component;

/**
 * Which unit issues an application: for kelurahan services the kelurahan/desa chosen in the form or, when none was
 * chosen, the one named in the address; for kecamatan services that kelurahan's kecamatan; for OPD services the OPD
 * named by the service.
 */
@Component
class IssuingUnits {

	/** The unit, or the field key and message code to show when it cannot be determined. */
	record Resolution(Long unitId, String fieldKey, String errorCode) {

		boolean found() {
			return unitId != null;
		}
	}

	private final Units units;

	IssuingUnits(Units units) {
		this.units = units;
	}

	Resolution resolve(ServiceVersion service, java.util.Map<String, String> values) {
		if (service.issuerKind() == org.satukota.layanan.IssuerKind.OPD) {
			return units.findByCode(service.issuerOpdCode() == null ? "" : service.issuerOpdCode())
				.map(unit -> new Resolution(unit.id(), null, null))
				.orElse(new Resolution(null, null, "permohonan.issuer-unavailable"));
		}
		Optional<FormField> chooser = service.form().stream().filter(f -> f.type() == FieldType.KELURAHAN).findFirst();
		String fieldKey = chooser.map(FormField::key)
			.orElseGet(() -> service.form().stream()
				.filter(f -> f.type() == FieldType.ADDRESS)
				.map(FormField::key)
				.findFirst()
				.orElse(null));
		Optional<UnitView> kelurahan = chooser.flatMap(f -> chosen(values.get(f.key())))
			.or(() -> fromAddress(service, values));
		if (kelurahan.isEmpty()) {
			return new Resolution(null, fieldKey, "permohonan.kelurahan-required");
		}
		if (service.issuerKind() == org.satukota.layanan.IssuerKind.KECAMATAN) {
			Long parent = kelurahan.get().parentId();
			return parent == null ? new Resolution(null, fieldKey, "permohonan.kelurahan-required")
					: new Resolution(parent, null, null);
		}
		return new Resolution(kelurahan.get().id(), null, null);
	}

	/** The kelurahan/desa units a citizen can choose from, in tree order. */
	List<UnitView> kelurahanChoices() {
		return units.activeUnits().stream().filter(IssuingUnits::isKelurahan).toList();
	}

	private Optional<UnitView> chosen(String value) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return units.find(Long.parseLong(value.strip())).filter(UnitView::active).filter(IssuingUnits::isKelurahan);
	}

	/** The one kelurahan whose name occurs in the address text; none when no or several match. */
	private Optional<UnitView> fromAddress(ServiceVersion service, java.util.Map<String, String> values) {
		String address = service.form()
			.stream()
			.filter(f -> f.type() == FieldType.ADDRESS)
			.map(f -> values.getOrDefault(f.key(), ""))
			.findFirst()
			.orElse("")
			.toLowerCase(Locale.ROOT);
		if (address.isBlank()) {
			return Optional.empty();
		}
		List<UnitView> matches = kelurahanChoices().stream()
			.filter(unit -> address.contains(bareName(unit.name())))
			.toList();
		return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
	}

	private static String bareName(String name) {
		return name.toLowerCase(Locale.ROOT).replaceFirst("^(kelurahan|desa)\\s+", "").strip();
	}

	private static boolean isKelurahan(UnitView unit) {
		return unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA;
	}
}
