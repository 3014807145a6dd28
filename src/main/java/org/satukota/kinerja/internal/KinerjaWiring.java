package org.satukota.kinerja.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.satukota.shared.PublicPaths;
import org.springframework.stereotype.Component;

/** The performance pages are public; the leadership and the command center reach the per-OPD page from their home. */
@Component
class KinerjaWiring implements PublicPaths, StaffMenuContributor {

	@Override
	public List<String> pages() {
		return List.of("/kinerja", "/kinerja/**");
	}

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PIMPINAN, "kinerja.menu.opd", "/kinerja/opd"),
				new StaffMenuItem(Role.OPERATOR_112, "kinerja.menu.opd", "/kinerja/opd"));
	}
}
