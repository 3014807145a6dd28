package org.satukota.directory;

/** The kinds of unit in a city government's tree: city → OPD, city → kecamatan → kelurahan/desa. */
public enum UnitType {
	KOTA, OPD, KECAMATAN, KELURAHAN, DESA
}
