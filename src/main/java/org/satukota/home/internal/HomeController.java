package org.satukota.home.internal;

import java.util.ArrayList;
import java.util.List;

import org.satukota.account.Accounts;
import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Nik;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Landing pages after login, one per kind of person, and the admin index. */
@Controller
class HomeController {

	/** One grant on the staff home: the role, its unit, and what the role can open there. */
	record GrantCard(Role role, long unitId, String unitName, List<MenuLink> links) {
	}

	/** A link that exists; {@code labelKey} is a message key. */
	record MenuLink(String labelKey, String href) {
	}

	private final CurrentUsers currentUsers;

	private final Accounts accounts;

	private final Units units;

	private final ObjectProvider<StaffMenuContributor> contributors;

	HomeController(CurrentUsers currentUsers, Accounts accounts, Units units,
			ObjectProvider<StaffMenuContributor> contributors) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.units = units;
		this.contributors = contributors;
	}

	@GetMapping("/beranda")
	String home() {
		CurrentUser user = currentUsers.require();
		return user.isCitizen() ? "redirect:/warga" : "redirect:/staf";
	}

	@GetMapping({ "/warga", "/warga/" })
	String citizen(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("user", user);
		// Shown to the citizen themself only, and masked even then: it never needs to be on screen in full.
		model.addAttribute("maskedNik", accounts.nikOf(user.accountId()).map(Nik::mask).orElse(null));
		return "home/citizen";
	}

	@GetMapping({ "/staf", "/staf/" })
	String staff(Model model) {
		CurrentUser user = currentUsers.require();
		List<StaffMenuItem> items = contributors.orderedStream().flatMap(c -> c.staffMenu().stream()).toList();
		List<GrantCard> cards = new ArrayList<>();
		for (RoleGrant grant : user.grants()) {
			List<MenuLink> links = new ArrayList<>();
			if (grant.role() == Role.ADMIN) {
				links.add(new MenuLink("home.staff.admin-link", "/admin"));
			}
			items.stream()
				.filter(item -> item.role() == grant.role())
				.forEach(item -> links.add(new MenuLink(item.labelKey(),
						item.path().replace("{unitId}", String.valueOf(grant.unitId())))));
			String unitName = units.find(grant.unitId()).map(UnitView::name).orElse("—");
			cards.add(new GrantCard(grant.role(), grant.unitId(), unitName, links));
		}
		model.addAttribute("user", user);
		model.addAttribute("cards", cards);
		return "home/staff";
	}

	@GetMapping({ "/admin", "/admin/" })
	String admin() {
		return "home/admin";
	}
}
