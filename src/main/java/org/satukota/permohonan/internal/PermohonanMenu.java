package org.satukota.permohonan.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the application inbox from the staff home for the roles that act on applications. */
@Component
class PermohonanMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PETUGAS_LAYANAN, "permohonan.menu.inbox", "/staf/permohonan"),
				new StaffMenuItem(Role.PEJABAT_PENANDATANGAN, "permohonan.menu.inbox", "/staf/permohonan"),
				new StaffMenuItem(Role.PETUGAS_LAPANGAN, "permohonan.menu.inbox", "/staf/permohonan"),
				new StaffMenuItem(Role.PIMPINAN, "permohonan.menu.inbox", "/staf/permohonan"));
	}
}
