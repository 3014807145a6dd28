package org.satukota.layanan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.satukota.account.Nik;
import org.satukota.account.NikRegions;
import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.layanan.FormField;
import org.satukota.layanan.FormValidation;
import org.satukota.layanan.ServiceVersion;
import org.springframework.stereotype.Component;

/** Checks submitted values against the field types and limits of a service version's form. */
@Component
class RuleBasedFormValidation implements FormValidation {

	/** A ceiling for fields without their own limit, so that nobody stores megabytes in a text field. */
	static final int DEFAULT_MAX_LENGTH = 4000;

	private final NikRegions regions;

	private final Units units;

	private final Clock clock;

	RuleBasedFormValidation(NikRegions regions, Units units, Clock clock) {
		this.regions = regions;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public Map<String, String> validate(ServiceVersion service, Map<String, String> values) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (FormField field : service.form()) {
			String raw = values == null ? null : values.get(field.key());
			String value = raw == null ? "" : raw.strip();
			if (value.isEmpty()) {
				if (field.required()) {
					problems.put(field.key(), "layanan.field-required");
				}
				continue;
			}
			String problem = check(field, value);
			if (problem != null) {
				problems.put(field.key(), problem);
			}
		}
		return problems;
	}

	private String check(FormField field, String value) {
		int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
		if (value.length() > max) {
			return "layanan.field-too-long";
		}
		return switch (field.type()) {
			case TEXT, TEXTAREA, ADDRESS -> null;
			case NUMBER -> number(value) ? null : "layanan.field-not-a-number";
			case DATE -> date(value) ? null : "layanan.field-invalid-date";
			case CHOICE -> field.choices().contains(value) ? null : "layanan.field-invalid-choice";
			case NIK -> Nik.check(value, regions, clock).errors().isEmpty() ? null : "layanan.field-invalid-nik";
			case KELURAHAN -> kelurahan(value) ? null : "layanan.field-unknown-kelurahan";
		};
	}

	private static boolean number(String value) {
		// Indonesians group thousands with dots ("1.500.000"); accept that and a decimal comma.
		String normalised = value.replace(" ", "");
		if (normalised.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			normalised = normalised.replace(".", "").replace(',', '.');
		}
		else if (normalised.matches("-?\\d+,\\d+")) {
			normalised = normalised.replace(',', '.');
		}
		try {
			new BigDecimal(normalised);
			return !normalised.contains("e") && !normalised.contains("E");
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean date(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private boolean kelurahan(String value) {
		long id;
		try {
			id = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return units.find(id)
			.filter(unit -> unit.active() && (unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA))
			.isPresent();
	}
}
