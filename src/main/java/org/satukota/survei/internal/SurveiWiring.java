package org.satukota.survei.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** Opens the survey and kiosk pages to everybody and links the results from the staff home. */
@Component
class SurveiWiring implements PublicPaths, StaffMenuContributor {

	@Override
	public List<String> pages() {
		return List.of("/ikm/**");
	}

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PIMPINAN, "survei.menu.hasil", "/staf/ikm?unit={unitId}"),
				new StaffMenuItem(Role.PETUGAS_LAYANAN, "survei.menu.hasil", "/staf/ikm?unit={unitId}"),
				new StaffMenuItem(Role.ADMIN_PENGADUAN, "survei.menu.hasil", "/staf/ikm?unit={unitId}"),
				new StaffMenuItem(Role.ADMIN, "survei.menu.kuesioner", "/staf/ikm/kuesioner"));
	}
}
