/**
 * The city's organisation: which city this installation serves ({@link org.satukota.directory.CityProfile}),
 * its tree of units (city → OPD, city → kecamatan → kelurahan/desa) through {@link org.satukota.directory.Units},
 * and the Kemendagri region codes of Indonesia through {@link org.satukota.directory.RegionCodes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.satukota.directory;
