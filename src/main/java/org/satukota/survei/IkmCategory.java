package org.satukota.survei;

import java.math.BigDecimal;

/**
 * The service quality category (mutu pelayanan) of PermenPANRB 14/2017 for a converted IKM value (25–100) rounded to
 * two decimals: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, D below. Classifying with lower bounds leaves no gap between the
 * printed bands (88.30 | 88.31, 76.60 | 76.61, 64.99 | 65.00).
 */
public enum IkmCategory {

	/** Sangat Baik. */
	A("88.31"),
	/** Baik. */
	B("76.61"),
	/** Kurang Baik. */
	C("65.00"),
	/** Tidak Baik. */
	D("0");

	/** The measure key of the IKM figure the survey module contributes to the performance reports. */
	public static final String PERFORMANCE_MEASURE = "survei.kinerja.ikm";

	private final BigDecimal lowerBound;

	IkmCategory(String lowerBound) {
		this.lowerBound = new BigDecimal(lowerBound);
	}

	/** The category of a converted value that was already rounded to two decimals. */
	public static IkmCategory of(BigDecimal roundedConvertedValue) {
		for (IkmCategory category : values()) {
			if (roundedConvertedValue.compareTo(category.lowerBound) >= 0) {
				return category;
			}
		}
		return D;
	}

	/** The message-bundle key of the category's name ("Sangat Baik", …). */
	public String labelKey() {
		return "survei.mutu." + name();
	}
}
