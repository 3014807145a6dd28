package org.satukota.layanan;

import java.util.Map;

/**
 * Checks the values a citizen entered against a service version's form. The result maps each invalid field key to
 * a message code ({@code layanan.field-required}, {@code layanan.field-too-long}, {@code layanan.field-not-a-number},
 * {@code layanan.field-invalid-date}, {@code layanan.field-invalid-choice}, {@code layanan.field-invalid-nik},
 * {@code layanan.field-unknown-kelurahan}); an empty map means valid. Keys not in the form are ignored.
 */
public interface FormValidation {

	Map<String, String> validate(ServiceVersion service, Map<String, String> values);
}
