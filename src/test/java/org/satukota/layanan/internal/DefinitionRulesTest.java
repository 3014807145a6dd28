package org.satukota.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;

class DefinitionRulesTest {

	private final ServiceDefinition valid = ServiceDefinition.of(ServiceSeedsTest.version("sk-domisili"));

	private Map<String, String> check(ServiceDefinition d) {
		return DefinitionRules.check(d, "DPMPTSP"::equals);
	}

	private ServiceDefinition withForm(List<FormField> form) {
		return new ServiceDefinition(valid.name(), valid.description(), valid.issuerKind(), valid.issuerOpdCode(),
				valid.lifeEvents(), valid.standard(), form, valid.requirements(), valid.workflow(), valid.document(),
				valid.feeRupiah(), valid.visitNeeded(), valid.permit(), valid.totalWorkingDays());
	}

	private ServiceDefinition withWorkflow(List<WorkflowStep> workflow) {
		return new ServiceDefinition(valid.name(), valid.description(), valid.issuerKind(), valid.issuerOpdCode(),
				valid.lifeEvents(), valid.standard(), valid.form(), valid.requirements(), workflow, valid.document(),
				valid.feeRupiah(), valid.visitNeeded(), valid.permit(), valid.totalWorkingDays());
	}

	private ServiceDefinition withDocument(DocumentSpec document) {
		return new ServiceDefinition(valid.name(), valid.description(), valid.issuerKind(), valid.issuerOpdCode(),
				valid.lifeEvents(), valid.standard(), valid.form(), valid.requirements(), valid.workflow(), document,
				valid.feeRupiah(), valid.visitNeeded(), valid.permit(), valid.totalWorkingDays());
	}

	@Test
	void aCompleteDefinitionHasNoProblems() {
		assertThat(check(valid)).isEmpty();
	}

	@Test
	void duplicateFieldKeysAreRefusedOnTheSecondRow() {
		List<FormField> form = new ArrayList<>(valid.form());
		form.add(new FormField("keperluan", "Lagi", FieldType.TEXT, false, null, List.of(), null));
		assertThat(check(withForm(form))).containsEntry("fields[4].key", "layanan.editor.key-duplicate");
	}

	@Test
	void keysMustBeLowerCaseWordsWithDashes() {
		List<FormField> form = List.of(new FormField("Nama Usaha", "Nama", FieldType.TEXT, true, null, List.of(), null));
		assertThat(check(withForm(form))).containsEntry("fields[0].key", "layanan.editor.key-invalid");
	}

	@Test
	void aChoiceFieldNeedsAtLeastTwoChoices() {
		List<FormField> form = List.of(new FormField("pilih", "Pilih", FieldType.CHOICE, true, null, List.of("A"), null));
		assertThat(check(withForm(form))).containsEntry("fields[0].choices", "layanan.editor.choices-required");
	}

	@Test
	void theLastStepMustBeApprovalAndSignatureByTheSigningOfficial() {
		WorkflowStep verify = new WorkflowStep("verifikasi", "Verifikasi", StepKind.VERIFY, Role.PETUGAS_LAYANAN, 1);
		WorkflowStep sign = new WorkflowStep("ttd", "Tanda tangan", StepKind.APPROVE_AND_SIGN,
				Role.PEJABAT_PENANDATANGAN, 1);
		assertThat(check(withWorkflow(List.of(verify)))).containsEntry("workflow", "layanan.editor.sign-step-missing");
		assertThat(check(withWorkflow(List.of(sign, verify)))).containsEntry("steps[0].kind",
				"layanan.editor.sign-step-last");
		assertThat(check(withWorkflow(List.of())))
			.containsEntry("workflow", "layanan.editor.workflow-required");
		WorkflowStep signedByClerk = new WorkflowStep("ttd", "Tanda tangan", StepKind.APPROVE_AND_SIGN,
				Role.PETUGAS_LAYANAN, 1);
		assertThat(check(withWorkflow(List.of(verify, signedByClerk)))).containsEntry("steps[1].actingRole",
				"layanan.editor.sign-step-role");
	}

	@Test
	void stepDeadlinesCannotBeNegative() {
		WorkflowStep verify = new WorkflowStep("verifikasi", "Verifikasi", StepKind.VERIFY, Role.PETUGAS_LAYANAN, -1);
		WorkflowStep sign = new WorkflowStep("ttd", "Tanda tangan", StepKind.APPROVE_AND_SIGN,
				Role.PEJABAT_PENANDATANGAN, 0);
		assertThat(check(withWorkflow(List.of(verify, sign)))).containsOnlyKeys("steps[0].deadlineWorkingDays");
	}

	@Test
	void theNumberFormatMustContainTheNumberToken() {
		DocumentSpec doc = new DocumentSpec("Surat", "<p>Isi</p>", "474/KEL/{tahun}", 6);
		assertThat(check(withDocument(doc))).containsEntry("numberFormat", "layanan.editor.number-format-nomor");
	}

	@Test
	void theBodyTemplateMustBeWellFormedAndUseKnownPlaceholders() {
		assertThat(check(withDocument(new DocumentSpec("Surat", "<p>Isi <b>tebal</p>", "{nomor}", null))))
			.containsEntry("bodyTemplate", "layanan.editor.template-not-xhtml");
		assertThat(check(withDocument(new DocumentSpec("Surat", "<p>${tidak-ada}</p>", "{nomor}", null))))
			.containsEntry("bodyTemplate", "layanan.editor.template-unknown-placeholder");
		assertThat(check(withDocument(new DocumentSpec("Surat", "<p>${keperluan} ${pemohon.nik}</p>", "{nomor}", null))))
			.isEmpty();
	}

	@Test
	void anOpdIssuerMustBeAnExistingOpd() {
		ServiceDefinition d = new ServiceDefinition(valid.name(), valid.description(), IssuerKind.OPD, "TIDAKADA",
				valid.lifeEvents(), valid.standard(), valid.form(), valid.requirements(), valid.workflow(),
				valid.document(), 0, false, true, 1);
		assertThat(check(d)).containsEntry("issuerOpdCode", "layanan.editor.opd-unknown");
	}

	@Test
	void requirementsNeedAcceptedTypesAndASensibleSizeLimit() {
		ServiceDefinition d = new ServiceDefinition(valid.name(), valid.description(), valid.issuerKind(), null,
				valid.lifeEvents(), valid.standard(), valid.form(),
				List.of(new RequirementSpec("ktp", "KTP", true, Set.of(), 0, null)), valid.workflow(), valid.document(),
				0, false, false, 1);
		assertThat(check(d)).containsEntry("requirements[0].acceptedMediaTypes", "layanan.editor.media-types-required")
			.containsEntry("requirements[0].maxMegabytes", "layanan.editor.max-size-range");
	}

	@Test
	void serviceCodesAreLowerCaseWithDashes() {
		Map<String, String> problems = new java.util.HashMap<>();
		DefinitionRules.checkCode("SK Usaha", problems);
		assertThat(problems).containsEntry("code", "layanan.editor.code-invalid");
		problems.clear();
		DefinitionRules.checkCode("sk-usaha-2", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void theEditorFormIgnoresEmptyRowsAndReportsUnreadableNumbers() {
		ServiceForm form = ServiceForm.of("sk-domisili", valid);
		form.withEmptyRows();
		form.getSteps().get(0).setDeadlineWorkingDays("satu");
		form.compact();
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		ServiceDefinition read = form.toDefinition(problems);
		assertThat(problems).containsOnlyKeys("steps[0].deadlineWorkingDays");
		assertThat(read.form()).hasSize(valid.form().size());
		assertThat(read.requirements()).isEqualTo(valid.requirements());
	}

	@Test
	void theEditorFormRoundTripsADefinition() {
		ServiceForm form = ServiceForm.of("izin-usaha-mikro-kecil",
				ServiceDefinition.of(ServiceSeedsTest.version("izin-usaha-mikro-kecil")));
		form.withEmptyRows();
		form.compact();
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		assertThat(form.toDefinition(problems))
			.isEqualTo(ServiceDefinition.of(ServiceSeedsTest.version("izin-usaha-mikro-kecil")));
		assertThat(problems).isEmpty();
	}
}
