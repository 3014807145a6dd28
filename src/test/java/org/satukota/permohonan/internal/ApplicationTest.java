package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;

class ApplicationTest {

	static final WorkingCalendar CALENDAR = WorkingCalendar.of(ZoneId.of("Asia/Jakarta"), List.of());

	static final Actor CITIZEN = Actor.citizen("warga-1");

	static final Actor PETUGAS = new Actor("petugas", "PETUGAS_LAYANAN", 7L);

	static final Actor LURAH = new Actor("lurah", "PEJABAT_PENANDATANGAN", 7L);

	// Monday 6 July 2026, 10:00 WIB
	static final Instant MONDAY = Instant.parse("2026-07-06T03:00:00Z");

	static ServiceVersion letter(long id) {
		return new ServiceVersion(id, "sk-uji", 1, "Surat Uji", "", IssuerKind.KELURAHAN, null, List.of(), null,
				List.of(new FormField("keperluan", "Keperluan", FieldType.TEXT, true, null, List.of(), 100)),
				List.of(new RequirementSpec("kk", "Kartu Keluarga", true, Set.of("application/pdf"), 1000, null)),
				List.of(new WorkflowStep("verifikasi", "Verifikasi", StepKind.VERIFY, Role.PETUGAS_LAYANAN, 1),
						new WorkflowStep("ttd", "Tanda tangan", StepKind.APPROVE_AND_SIGN, Role.PEJABAT_PENANDATANGAN, 1)),
				new DocumentSpec("Surat Uji", "<p>${keperluan}</p>", "1/{nomor}/{tahun}", null), 0, false, false, 2,
				MONDAY, false);
	}

	static ServiceVersion permit(long id) {
		return new ServiceVersion(id, "izin-uji", 1, "Izin Uji", "", IssuerKind.OPD, "DPMPTSP", List.of(), null,
				List.of(), List.of(),
				List.of(new WorkflowStep("verifikasi", "Verifikasi", StepKind.VERIFY, Role.PETUGAS_LAYANAN, 2),
						new WorkflowStep("tinjau", "Tinjau", StepKind.INSPECT, Role.PETUGAS_LAPANGAN, 3),
						new WorkflowStep("komitmen", "Komitmen", StepKind.KOMITMEN, Role.PETUGAS_LAYANAN, 5),
						new WorkflowStep("ttd", "Tanda tangan", StepKind.APPROVE_AND_SIGN, Role.PEJABAT_PENANDATANGAN, 2)),
				new DocumentSpec("Izin Uji", "<p>x</p>", "503/{nomor}/{tahun}", 60), 0, false, true, 10, MONDAY, false);
	}

	static Application submitted(ServiceVersion service) {
		Application app = Application.draft(UUID.randomUUID(), 1, UUID.randomUUID(), service, MONDAY);
		app.fill(Map.of("keperluan", "melamar kerja"), 7L, MONDAY);
		app.submit(service, "PMH-2026-000001", "ABCDEFGHJK", MONDAY, CITIZEN);
		return app;
	}

	@Test
	void submittingStartsTheFirstStepAndTheDeadlineClock() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		assertThat(app.status()).isEqualTo(ApplicationStatus.DIAJUKAN);
		assertThat(app.stepKey()).isEqualTo("verifikasi");
		assertThat(app.stepRole()).isEqualTo("PETUGAS_LAYANAN");
		// 2 working days after Monday's receipt day: Wednesday is the last day.
		assertThat(app.dueDate(CALENDAR)).contains(LocalDate.of(2026, 7, 8));
		assertThat(app.newHistory()).extracting(HistoryEntry::action).containsExactly("permohonan.submitted");
	}

	@Test
	void aSubmittedApplicationCannotBeSubmittedOrFilledAgain() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		assertThatThrownBy(() -> app.submit(service, "PMH-2026-000002", "X", MONDAY, CITIZEN))
			.isInstanceOf(PolicyViolation.class).hasMessage("permohonan.already-submitted");
		assertThatThrownBy(() -> app.fill(Map.of(), 7L, MONDAY)).hasMessage("permohonan.not-editable");
	}

	@Test
	void returningPausesTheClockAndResubmittingMovesTheDeadlineByTheWorkingDaysSpentWithTheCitizen() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		app.returnForCorrection(service, Map.of("kk", "Salinan KK tidak ada"), MONDAY.plusSeconds(3600), PETUGAS);
		assertThat(app.status()).isEqualTo(ApplicationStatus.DIKEMBALIKAN);
		assertThat(app.deadline(CALENDAR)).isEmpty();
		assertThat(app.corrections()).containsEntry("kk", "Salinan KK tidak ada");

		// Back on Thursday: Tuesday and Wednesday ended while paused.
		Instant thursday = MONDAY.plus(java.time.Duration.ofDays(3));
		app.resubmit(service, thursday, CITIZEN, CALENDAR);
		assertThat(app.status()).isEqualTo(ApplicationStatus.DIAJUKAN);
		assertThat(app.corrections()).isEmpty();
		assertThat(app.dueDate(CALENDAR)).contains(LocalDate.of(2026, 7, 10));
		assertThat(app.newHistory()).extracting(HistoryEntry::action)
			.containsExactly("permohonan.submitted", "permohonan.returned", "permohonan.resubmitted");
		assertThat(app.newHistory().get(1).reason()).isEqualTo("Kartu Keluarga: Salinan KK tidak ada");
	}

	@Test
	void aReturnNeedsAReasonForAKnownRequirementOrField() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		assertThatThrownBy(() -> app.returnForCorrection(service, Map.of("kk", " "), MONDAY, PETUGAS))
			.hasMessage("permohonan.correction-reason-required");
		assertThatThrownBy(() -> app.returnForCorrection(service, Map.of("paspor", "tidak ada"), MONDAY, PETUGAS))
			.hasMessage("permohonan.correction-unknown-item");
		assertThat(app.status()).isEqualTo(ApplicationStatus.DIAJUKAN);
	}

	@Test
	void theSigningStepCannotBeSkippedNorReturnedFrom() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		assertThatThrownBy(() -> app.approveAndIssue(service, UUID.randomUUID(), "1", LocalDate.now(), MONDAY, LURAH))
			.hasMessage("permohonan.wrong-step");
		app.forward(service, MONDAY, PETUGAS);
		assertThat(app.status()).isEqualTo(ApplicationStatus.DIPROSES);
		assertThatThrownBy(() -> app.returnForCorrection(service, Map.of("kk", "x"), MONDAY, LURAH))
			.hasMessage("permohonan.return-not-allowed-here");
		assertThatThrownBy(() -> app.forward(service, MONDAY, PETUGAS)).hasMessage("permohonan.wrong-step");
	}

	@Test
	void rejectingNeedsAReasonAndIsFinal() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		assertThatThrownBy(() -> app.reject(service, "", MONDAY, PETUGAS)).hasMessage("permohonan.reason-required");
		app.reject(service, "Bukan warga kelurahan ini", MONDAY, PETUGAS);
		assertThat(app.status()).isEqualTo(ApplicationStatus.DITOLAK);
		assertThatThrownBy(() -> app.forward(service, MONDAY, PETUGAS)).hasMessage("permohonan.not-open");
	}

	@Test
	void aPermitGoesThroughInspectionAndKomitmenAndExpiresAfterItsValidity() {
		ServiceVersion service = permit(2);
		Application app = Application.draft(UUID.randomUUID(), 1, UUID.randomUUID(), service, MONDAY);
		app.fill(Map.of(), 9L, MONDAY);
		app.submit(service, "PMH-2026-000003", "ABCDEFGHJM", MONDAY, CITIZEN);

		app.forward(service, MONDAY, PETUGAS);
		assertThatThrownBy(() -> app.confirmKomitmen(service, "ok", MONDAY, PETUGAS)).hasMessage("permohonan.wrong-step");
		app.recordInspection(service, "Lokasi sesuai", MONDAY, new Actor("lapangan", "PETUGAS_LAPANGAN", 9L));
		app.confirmKomitmen(service, "Tempat sampah tersedia", MONDAY, PETUGAS);
		UUID document = UUID.randomUUID();
		app.approveAndIssue(service, document, "503/001/2026", LocalDate.of(2026, 7, 6), MONDAY, LURAH);

		assertThat(app.status()).isEqualTo(ApplicationStatus.SELESAI);
		assertThat(app.documentId()).isEqualTo(document);
		assertThat(app.expiresOn()).isEqualTo(LocalDate.of(2031, 7, 6));
		assertThat(app.inspectionNote()).isEqualTo("Lokasi sesuai");
	}

	@Test
	void anApplicationIsNeverProcessedWithAnotherVersionsWorkflow() {
		Application app = submitted(letter(1));

		assertThatThrownBy(() -> app.forward(letter(2), MONDAY, PETUGAS)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aStepIsOverdueOnceItsOwnDeadlinePasses() {
		ServiceVersion service = letter(1);
		Application app = submitted(service);

		// Verification has 1 working day: it ends with Tuesday.
		assertThat(app.isOverdue(service, Instant.parse("2026-07-07T16:00:00Z"), CALENDAR)).isFalse();
		assertThat(app.isOverdue(service, Instant.parse("2026-07-07T17:00:00Z"), CALENDAR)).isTrue();
	}
}
