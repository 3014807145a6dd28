package org.satukota.permohonan.internal;

import java.util.List;

import org.satukota.account.CurrentUsers;
import org.satukota.permohonan.ApplicationSummary;
import org.satukota.permohonan.Applications;
import org.springframework.stereotype.Component;

/**
 * The signed-in citizen's latest applications for the citizen home page, which reads this bean by name from its
 * template ({@code ${@permohonanRingkasan.latest()}}): the home module lists applications without a compile-time
 * dependency on this module, which itself contributes to the home's staff menu.
 */
@Component("permohonanRingkasan")
class CitizenSummary {

	private final CurrentUsers currentUsers;

	private final Applications applications;

	CitizenSummary(CurrentUsers currentUsers, Applications applications) {
		this.currentUsers = currentUsers;
		this.applications = applications;
	}

	public List<ApplicationSummary> latest() {
		return currentUsers.current()
			.filter(user -> user.isCitizen())
			.map(user -> applications.ofCitizen(user.accountId()).stream().limit(5).toList())
			.orElse(List.of());
	}
}
