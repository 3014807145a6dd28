package org.satukota.layanan.internal;

import java.time.Instant;
import java.util.List;

import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceStandard;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.WorkflowStep;

/**
 * What an admin defines for a service type, stored as the JSON body of one immutable version row. The identity
 * (code, version number, id) and publication data live in columns, not here.
 */
record ServiceDefinition(String name, String description, IssuerKind issuerKind, String issuerOpdCode,
		List<String> lifeEvents, ServiceStandard standard, List<FormField> form, List<RequirementSpec> requirements,
		List<WorkflowStep> workflow, DocumentSpec document, long feeRupiah, boolean visitNeeded, boolean permit,
		int totalWorkingDays) {

	ServiceDefinition {
		lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
		form = form == null ? List.of() : List.copyOf(form);
		requirements = requirements == null ? List.of() : List.copyOf(requirements);
		workflow = workflow == null ? List.of() : List.copyOf(workflow);
	}

	ServiceVersion toVersion(long id, String code, int version, Instant publishedAt, boolean retired) {
		return new ServiceVersion(id, code, version, name, description, issuerKind, issuerOpdCode, lifeEvents, standard,
				form, requirements, workflow, document, feeRupiah, visitNeeded, permit, totalWorkingDays, publishedAt,
				retired);
	}

	static ServiceDefinition of(ServiceVersion version) {
		return new ServiceDefinition(version.name(), version.description(), version.issuerKind(),
				version.issuerOpdCode(), version.lifeEvents(), version.standard(), version.form(),
				version.requirements(), version.workflow(), version.document(), version.feeRupiah(),
				version.visitNeeded(), version.permit(), version.totalWorkingDays());
	}
}
