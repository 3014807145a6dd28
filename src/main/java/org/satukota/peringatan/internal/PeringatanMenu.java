package org.satukota.peringatan.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the warning desk from the staff home for the roles that publish warnings. */
@Component
class PeringatanMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.OPERATOR_112, "peringatan.menu.desk", "/staf/peringatan"),
				new StaffMenuItem(Role.PIMPINAN, "peringatan.menu.desk", "/staf/peringatan"),
				new StaffMenuItem(Role.ADMIN, "peringatan.menu.feeds", "/admin/peringatan/langganan"));
	}
}
