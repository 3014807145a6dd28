package org.satukota.directory;

import java.time.ZoneId;

/**
 * The city this installation serves: its Kemendagri code ({@code 16.71}), name, province and the time zone
 * (WIB, WITA or WIT) its offices keep.
 */
public record CityProfile(String code, String name, String provinceCode, String provinceName, ZoneId zone) {
}
