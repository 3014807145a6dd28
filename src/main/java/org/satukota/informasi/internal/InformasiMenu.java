package org.satukota.informasi.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the portal content pages from the staff home. */
@Component
class InformasiMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PENGELOLA_DATA, "informasi.menu.konten", "/staf/konten"),
				new StaffMenuItem(Role.PENGELOLA_DATA, "informasi.menu.tautan", "/staf/konten/tautan"),
				new StaffMenuItem(Role.ADMIN, "informasi.menu.kontak-darurat", "/admin/konten/kontak-darurat"));
	}
}
