package org.satukota.permohonan.internal;

import org.satukota.directory.UnitView;

/** The position printed under a signature: "Lurah …", "Camat …", "Kepala …" from the issuing unit's name. */
final class SignerTitles {

	private SignerTitles() {
	}

	static String positionAt(UnitView unit) {
		String name = unit.name();
		return switch (unit.type()) {
			case KELURAHAN -> "Lurah " + name.replaceFirst("(?i)^kelurahan\\s+", "");
			case DESA -> "Kepala Desa " + name.replaceFirst("(?i)^desa\\s+", "");
			case KECAMATAN -> "Camat " + name.replaceFirst("(?i)^kecamatan\\s+", "");
			case OPD -> "Kepala " + name;
			case KOTA -> "Wali Kota " + name.replaceFirst("(?i)^(pemerintah\\s+)?kota\\s+", "");
		};
	}
}
