package org.satukota.layanan;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document the applicant uploads (persyaratan): which media types are accepted (e.g. {@code application/pdf},
 * {@code image/jpeg}, {@code image/png}) and the size limit in bytes.
 */
public record RequirementSpec(String key, String label, boolean mandatory, Set<String> acceptedMediaTypes, long maxBytes,
		String help) {

	public RequirementSpec {
		// Sorted, so that the stored JSON of a definition is the same on every run.
		acceptedMediaTypes = acceptedMediaTypes == null ? Set.of()
				: Collections.unmodifiableSortedSet(new TreeSet<>(acceptedMediaTypes));
	}
}
