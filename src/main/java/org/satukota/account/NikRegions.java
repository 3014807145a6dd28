package org.satukota.account;

/**
 * The region look-ups the NIK rules need, kept this small so that the rules can be tested without the full
 * region table. Codes are passed without dots: {@code 31}, {@code 3171}, {@code 317101}.
 */
public interface NikRegions {

	boolean isProvince(String twoDigits);

	boolean isRegency(String fourDigits);

	boolean isKecamatan(String sixDigits);
}
