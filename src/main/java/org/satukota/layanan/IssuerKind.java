package org.satukota.layanan;

/** Which kind of unit issues a service's product: the applicant's kelurahan/desa, their kecamatan, or a named OPD. */
public enum IssuerKind {
	KELURAHAN, KECAMATAN, OPD
}
