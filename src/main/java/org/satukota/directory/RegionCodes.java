package org.satukota.directory;

import java.util.Optional;

/**
 * The Kemendagri region codes of all of Indonesia (provinces, regencies/cities, kecamatan, kelurahan/desa), as
 * shipped with the platform. Codes are accepted with or without dots ({@code 31.71.01} or {@code 317101}).
 */
public interface RegionCodes {

	boolean isProvince(String code);

	boolean isRegency(String code);

	boolean isKecamatan(String code);

	/** The official name of a region code, if it is known. */
	Optional<String> name(String code);
}
