package org.satukota.permohonan.internal;

import java.util.List;

import org.satukota.permohonan.ApplicationSummary;
import org.satukota.permohonan.Applications;
import org.springframework.stereotype.Component;

@Component
class JdbcApplications implements Applications {

	private final ApplicationRepository repository;

	JdbcApplications(ApplicationRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<ApplicationSummary> ofCitizen(long accountId) {
		return repository.ofAccount(accountId)
			.stream()
			.map(app -> new ApplicationSummary(app.id(), app.registrationNumber(), app.serviceCode(),
					app.serviceName(), app.status(), app.createdAt(), app.submittedAt()))
			.toList();
	}
}
