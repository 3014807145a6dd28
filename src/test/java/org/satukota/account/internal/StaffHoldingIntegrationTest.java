package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.account.AccountView;
import org.satukota.account.Accounts;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.satukota.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class StaffHoldingIntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffAdministration administration;

	@Autowired
	Units units;

	@Test
	void theStaffHoldingARoleForAUnitAreThoseWhoseGrantsCoverItEachListedOnce() {
		List<UnitView> opds = units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD).toList();
		UnitView pupr = opds.get(0);
		UnitView dishub = opds.get(1);
		long liaisonOfBoth = create("penghubung.dua", Role.ADMIN_PENGHUBUNG_OPD, pupr.id());
		administration.grant(liaisonOfBoth, Role.ADMIN_PENGHUBUNG_OPD, dishub.id(), Actor.SYSTEM);
		long liaisonOfPupr = create("penghubung.satu", Role.ADMIN_PENGHUBUNG_OPD, pupr.id());
		long liaisonElsewhere = create("penghubung.lain", Role.ADMIN_PENGHUBUNG_OPD, dishub.id());
		long otherRoleInPupr = create("pengelola.pupr", Role.PENGELOLA_DATA, pupr.id());
		long cityWide = create("penghubung.kota", Role.ADMIN_PENGHUBUNG_OPD, units.city().id());

		List<Long> forPupr = ids(accounts.staffHolding(Role.ADMIN_PENGHUBUNG_OPD, pupr.id()));
		List<Long> forDishub = ids(accounts.staffHolding(Role.ADMIN_PENGHUBUNG_OPD, dishub.id()));

		assertThat(forPupr).contains(liaisonOfBoth, liaisonOfPupr, cityWide)
			.doesNotContain(liaisonElsewhere, otherRoleInPupr)
			.doesNotHaveDuplicates();
		assertThat(forDishub).contains(liaisonOfBoth, liaisonElsewhere, cityWide)
			.doesNotContain(liaisonOfPupr, otherRoleInPupr)
			.doesNotHaveDuplicates();
	}

	private long create(String prefix, Role role, long unitId) {
		String username = TestStaff.uniqueUsername(prefix);
		StaffAdministration.Result created = administration.create(new StaffForm(username, "Sri Wahyuni",
				username + "@satukota.test", "", "Layanan#Uji2026x", "Layanan#Uji2026x", role.name(), unitId),
				Actor.SYSTEM);
		assertThat(created.errors().all()).as("account %s", username).isEmpty();
		return created.accountId();
	}

	private static List<Long> ids(List<AccountView> staff) {
		return staff.stream().map(AccountView::id).toList();
	}
}
