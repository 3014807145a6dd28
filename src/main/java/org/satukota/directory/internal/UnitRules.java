package org.satukota.directory.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.satukota.directory.UnitType;
import org.satukota.shared.PolicyViolation;

/**
 * The named rules a unit must satisfy. Field rules return message keys per field so the form can show each next
 * to its input; tree rules refuse with a {@link PolicyViolation}.
 */
final class UnitRules {

	static final int MAX_NAME = 200;

	static final int MAX_TEXT = 500;

	private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]*$");

	private static final Pattern OPD_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,29}$");

	private UnitRules() {
	}

	/** Trimmed details, blanks as {@code null}. */
	static Unit.UnitDetails clean(Unit.UnitDetails details) {
		return new Unit.UnitDetails(blankToNull(details.name()), blankToNull(details.address()),
				blankToNull(details.phone()), blankToNull(details.email()), blankToNull(details.openingHours()));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Field → message key for every detail that breaks a rule; empty when all is well. */
	static Map<String, String> checkDetails(Unit.UnitDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.name() == null) {
			errors.put("name", "directory.form.name-required");
		}
		else if (details.name().length() > MAX_NAME) {
			errors.put("name", "directory.form.name-too-long");
		}
		if (details.address() != null && details.address().length() > MAX_TEXT) {
			errors.put("address", "directory.form.text-too-long");
		}
		if (details.phone() != null) {
			long digits = details.phone().chars().filter(Character::isDigit).count();
			if (!PHONE.matcher(details.phone()).matches() || digits < 5 || digits > 15) {
				errors.put("phone", "directory.form.phone-invalid");
			}
		}
		if (details.email() != null && (details.email().length() > 254 || !EMAIL.matcher(details.email()).matches())) {
			errors.put("email", "directory.form.email-invalid");
		}
		if (details.openingHours() != null && details.openingHours().length() > MAX_TEXT) {
			errors.put("openingHours", "directory.form.text-too-long");
		}
		return errors;
	}

	/** Which parent type each creatable type needs: OPD and kecamatan under the city, villages under a kecamatan. */
	static UnitType requiredParent(UnitType type) {
		return switch (type) {
			case OPD, KECAMATAN -> UnitType.KOTA;
			case KELURAHAN, DESA -> UnitType.KECAMATAN;
			case KOTA -> throw new PolicyViolation("directory.type-not-allowed");
		};
	}

	/**
	 * The stored form of a new unit's code, or a refusal. OPD codes are the city's own short codes (upper case);
	 * the others are Kemendagri codes that must extend the parent's code: {@code 16.71.19} under {@code 16.71},
	 * {@code 16.71.01.1xxx} for a kelurahan and {@code 16.71.01.2xxx} for a desa under {@code 16.71.01}.
	 */
	static String normaliseCode(UnitType type, String code, Unit parent) {
		String text = blankToNull(code);
		if (text == null) {
			throw new PolicyViolation("directory.form.code-required");
		}
		if (type == UnitType.OPD) {
			String upper = text.toUpperCase(Locale.ROOT);
			if (!OPD_CODE.matcher(upper).matches()) {
				throw new PolicyViolation("directory.code-invalid-opd");
			}
			return upper;
		}
		String dotted = WilayahTable.normalise(text).orElse(null);
		boolean fits = dotted != null && dotted.startsWith(parent.code() + ".")
				&& WilayahTable.level(WilayahTable.key(dotted)) == (type == UnitType.KECAMATAN ? 3 : 4);
		if (fits && type != UnitType.KECAMATAN) {
			fits = SeedPlan.villageType(dotted) == type;
		}
		if (!fits) {
			String example = switch (type) {
				case KECAMATAN -> parent.code() + ".19";
				case KELURAHAN -> parent.code() + ".1099";
				default -> parent.code() + ".2099";
			};
			throw new PolicyViolation("directory.code-outside-parent", parent.code(), example);
		}
		return dotted;
	}
}
