package org.satukota.kendali.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the console, the field page, the KPIs and the wall from the staff home. */
@Component
class KendaliMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.OPERATOR_112, "kendali.menu.console", "/staf/kendali"),
				new StaffMenuItem(Role.OPERATOR_112, "kendali.menu.units", "/staf/kendali/armada"),
				new StaffMenuItem(Role.OPERATOR_112, "kendali.menu.kpi", "/staf/kendali/kpi"),
				new StaffMenuItem(Role.OPERATOR_112, "kendali.menu.wall", "/kendali/dinding"),
				new StaffMenuItem(Role.PETUGAS_LAPANGAN, "kendali.menu.field", "/staf/unit"),
				new StaffMenuItem(Role.PIMPINAN, "kendali.menu.wall", "/kendali/dinding"),
				new StaffMenuItem(Role.PIMPINAN, "kendali.menu.kpi", "/staf/kendali/kpi"),
				new StaffMenuItem(Role.ADMIN, "kendali.menu.admin", "/admin/kendali"));
	}
}
