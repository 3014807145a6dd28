package org.satukota.survei.internal;

import java.util.List;
import java.util.Map;

/**
 * The optional respondent profile of the survey. Every field may stay empty; when given it must be one of the
 * listed codes (their labels are {@code survei.profil.<field>.<code>} in the bundle).
 */
record Respondent(String gender, String ageBand, String education, String occupation) {

	static final Respondent NONE = new Respondent(null, null, null, null);

	/** The form field names and the codes each accepts, in display order. */
	static final Map<String, List<String>> CHOICES = Map.of(
			"jenisKelamin", List.of("L", "P"),
			"usia", List.of("u20", "20-29", "30-39", "40-49", "50-59", "60p"),
			"pendidikan", List.of("SD", "SMP", "SMA", "D3", "S1", "S2"),
			"pekerjaan", List.of("PNS", "TNI-POLRI", "SWASTA", "WIRAUSAHA", "PELAJAR", "LAINNYA"));

	static final List<String> FIELDS = List.of("jenisKelamin", "usia", "pendidikan", "pekerjaan");
}
