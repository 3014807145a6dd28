package org.satukota.layanan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable published version of a service type. {@code id} identifies this version (applications store it);
 * {@code code} identifies the service type across versions (e.g. {@code sk-domisili}). {@code issuerOpdCode} is the
 * OPD's short code when {@code issuerKind} is {@link IssuerKind#OPD}, otherwise {@code null}. {@code retired} is
 * true when the service type (not just this version) has been retired.
 */
public record ServiceVersion(long id, String code, int version, String name, String description, IssuerKind issuerKind,
		String issuerOpdCode, List<String> lifeEvents, ServiceStandard standard, List<FormField> form,
		List<RequirementSpec> requirements, List<WorkflowStep> workflow, DocumentSpec document, long feeRupiah,
		boolean visitNeeded, boolean permit, int totalWorkingDays, Instant publishedAt, boolean retired) {

	public ServiceVersion {
		lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
		form = form == null ? List.of() : List.copyOf(form);
		requirements = requirements == null ? List.of() : List.copyOf(requirements);
		workflow = workflow == null ? List.of() : List.copyOf(workflow);
	}

	/** The form field with this key, if any. */
	public Optional<FormField> field(String key) {
		return form.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	/** The requirement with this key, if any. */
	public Optional<RequirementSpec> requirement(String key) {
		return requirements.stream().filter(r -> r.key().equals(key)).findFirst();
	}

	/** The workflow step with this key, if any. */
	public Optional<WorkflowStep> step(String key) {
		return workflow.stream().filter(s -> s.key().equals(key)).findFirst();
	}
}
