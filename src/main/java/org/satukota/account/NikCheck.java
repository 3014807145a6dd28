package org.satukota.account;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a NIK against the published format rules. {@code errors} and {@code warnings} hold
 * message codes ({@code account.nik-invalid-province}, {@code account.nik-unknown-kecamatan}, …). A NIK without
 * errors is only <em>well-formed</em>: whether it was ever issued is known to Dukcapil alone.
 */
public record NikCheck(Nik nik, List<String> errors, List<String> warnings) {

	public NikCheck {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean wellFormed() {
		return errors.isEmpty() && nik != null;
	}

	public Optional<Nik> value() {
		return Optional.ofNullable(nik);
	}
}
