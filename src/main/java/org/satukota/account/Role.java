package org.satukota.account;

/**
 * The staff roles of the platform. A role is always held in a unit (see {@link RoleGrant}); citizens hold none.
 * The Spring Security authority of a role is {@code ROLE_} followed by its name.
 */
public enum Role {
	ADMIN, PETUGAS_LAYANAN, PEJABAT_PENANDATANGAN, ADMIN_PENGADUAN, ADMIN_PENGHUBUNG_OPD, OPERATOR_112,
	PETUGAS_LAPANGAN, PENGELOLA_DATA, PIMPINAN;

	public String authority() {
		return "ROLE_" + name();
	}
}
