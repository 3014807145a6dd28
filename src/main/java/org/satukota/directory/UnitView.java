package org.satukota.directory;

/**
 * A unit of the city government as other modules see it. {@code code} is the Kemendagri region code for
 * the city, kecamatan and kelurahan/desa (e.g. {@code 16.71.01.1001}) and the city's own short code for an OPD
 * (e.g. {@code DISKOMINFO}). {@code parentId} is {@code null} only for the city itself.
 */
public record UnitView(long id, Long parentId, UnitType type, String code, String name, String address,
		String phone, String email, String openingHours, boolean active) {
}
