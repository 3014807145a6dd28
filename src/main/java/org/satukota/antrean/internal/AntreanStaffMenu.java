package org.satukota.antrean.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the counter view from the staff home of every front-office officer. */
@Component
class AntreanStaffMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PETUGAS_LAYANAN, "antrean.menu.counter", "/staf/antrean?unit={unitId}"));
	}
}
