package org.satukota.layanan;

import java.util.Set;

/**
 * A document the applicant uploads (persyaratan): which media types are accepted (e.g. {@code application/pdf},
 * {@code image/jpeg}, {@code image/png}) and the size limit in bytes.
 */
public record RequirementSpec(String key, String label, boolean mandatory, Set<String> acceptedMediaTypes, long maxBytes,
		String help) {

	public RequirementSpec {
		acceptedMediaTypes = acceptedMediaTypes == null ? Set.of() : Set.copyOf(acceptedMediaTypes);
	}
}
