package org.satukota.dataset.internal;

import java.util.List;

import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.stereotype.Component;

/** Links the dataset pages from the staff home of pengelola data. */
@Component
class DatasetMenu implements StaffMenuContributor {

	@Override
	public List<StaffMenuItem> staffMenu() {
		return List.of(new StaffMenuItem(Role.PENGELOLA_DATA, "dataset.menu.staff", "/staf/data"));
	}
}
