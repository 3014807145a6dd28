package org.satukota.layanan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;

class ServiceSeedsTest {

	private final List<ServiceSeeds.Seed> seeds = ServiceSeeds.all();

	@Test
	void theSeedsAreTheSeventeenSiDemangLettersAndOneDpmptspPermit() {
		assertThat(seeds).hasSize(18);
		assertThat(seeds.stream().map(ServiceSeeds.Seed::code).collect(Collectors.toSet())).hasSize(18);
		Map<IssuerKind, Long> byKind = seeds.stream()
			.collect(Collectors.groupingBy(s -> s.definition().issuerKind(), Collectors.counting()));
		assertThat(byKind).containsEntry(IssuerKind.KECAMATAN, 3L)
			.containsEntry(IssuerKind.KELURAHAN, 14L)
			.containsEntry(IssuerKind.OPD, 1L);
		assertThat(seeds.stream().map(s -> s.definition().name()))
			.contains("Surat Izin Pelayanan Reklame Insidentil", "Surat Dispensasi Nikah Kurang dari 10 Hari",
					"Surat Keterangan Umum", "Surat Keterangan Domisili", "Surat Keterangan Berobat",
					"Surat Keterangan Keluarga Kurang Mampu (SKTM)", "Surat Keterangan Janda",
					"Surat Keterangan Duda", "Surat Keterangan Domisili Sementara WNA", "Surat Keterangan Beda Nama",
					"Surat Keterangan Kematian Suami/Istri (N6)", "Formulir Pengantar Nikah Muslim (N1)",
					"Surat Keterangan Domisili Sementara", "Surat Keterangan Belum Memiliki Rumah",
					"Surat Keterangan Belum Nikah", "Surat Keterangan Kematian", "Surat Keterangan Pengurangan PBB");
	}

	@Test
	void everySeedPassesTheEditorRulesAndEndsWithApprovalAndSignature() {
		for (ServiceSeeds.Seed seed : seeds) {
			assertThat(DefinitionRules.check(seed.definition(), "DPMPTSP"::equals)).as(seed.code()).isEmpty();
			List<WorkflowStep> steps = seed.definition().workflow();
			assertThat(steps.get(steps.size() - 1).kind()).as(seed.code()).isEqualTo(StepKind.APPROVE_AND_SIGN);
			assertThat(seed.definition().standard().penangananPengaduan()).as(seed.code()).isNotBlank();
			assertThat(seed.definition().standard().dasarHukum()).as(seed.code()).isNotBlank();
			assertThat(seed.definition().lifeEvents()).as(seed.code()).isNotEmpty();
		}
	}

	@Test
	void theDomisiliLetterHasTheAgreedRequirementsFormWorkflowAndValidity() {
		ServiceDefinition d = seed("sk-domisili");
		assertThat(d.requirements()).extracting(r -> r.key()).startsWith("pengantar-rt-rw", "ktp", "kk");
		assertThat(d.requirements().subList(0, 3)).allSatisfy(r -> {
			assertThat(r.mandatory()).isTrue();
			assertThat(r.acceptedMediaTypes()).containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png");
			assertThat(r.maxBytes()).isEqualTo(2L * 1024 * 1024);
		});
		assertThat(d.form()).extracting(f -> f.key() + ":" + f.type() + ":" + f.required())
			.containsExactly("keperluan:TEXT:true", "alamat:ADDRESS:true", "kelurahan:KELURAHAN:true",
					"lama-tinggal:TEXT:false");
		assertThat(d.workflow()).extracting(w -> w.kind() + ":" + w.actingRole() + ":" + w.deadlineWorkingDays())
			.containsExactly("VERIFY:PETUGAS_LAYANAN:1", "APPROVE_AND_SIGN:PEJABAT_PENANDATANGAN:1");
		assertThat(d.document().validityMonths()).isEqualTo(6);
		assertThat(d.feeRupiah()).isZero();
		assertThat(d.totalWorkingDays()).isEqualTo(1);
		assertThat(d.standard().biaya()).contains("Tidak dipungut biaya");
		assertThat(d.document().bodyTemplate()).contains("Yang bertanda tangan di bawah ini", "${pemohon.nama}");
	}

	@Test
	void thePermitHasInspectionAndKomitmenStepsAndAFiveYearValidity() {
		ServiceSeeds.Seed permit = seeds.stream()
			.filter(s -> s.definition().issuerKind() == IssuerKind.OPD)
			.findFirst()
			.orElseThrow();
		assertThat(permit.code()).startsWith("izin-");
		assertThat(permit.definition().issuerOpdCode()).isEqualTo("DPMPTSP");
		assertThat(permit.definition().permit()).isTrue();
		assertThat(permit.definition().document().validityMonths()).isEqualTo(60);
		assertThat(permit.definition().workflow()).extracting(WorkflowStep::kind)
			.containsExactly(StepKind.VERIFY, StepKind.INSPECT, StepKind.KOMITMEN, StepKind.APPROVE_AND_SIGN);
		assertThat(permit.definition().workflow().get(1).actingRole()).isEqualTo(Role.PETUGAS_LAPANGAN);
	}

	@Test
	void theMarriageCoverLetterNeedsAVisitAndKeepsItsFormCode() {
		ServiceDefinition n1 = seed("pengantar-nikah-n1");
		assertThat(n1.visitNeeded()).isTrue();
		assertThat(n1.document().title()).contains("N1");
		assertThat(n1.form()).anySatisfy(f -> assertThat(f.type()).isEqualTo(FieldType.NIK));
	}

	@Test
	void seedJsonIsStableSoThatRestartsDoNotPublishNewVersions() {
		// Media types are kept sorted, whatever order a set iterates in.
		assertThat(seed("sk-domisili").requirements().get(0).acceptedMediaTypes())
			.containsExactly("application/pdf", "image/jpeg", "image/png");
	}

	@Test
	void theSearchIndexFindsTheRightLettersForEverydayWords() {
		CatalogueIndex index = new CatalogueIndex();
		index.rebuild(seeds.stream().map(s -> s.definition().toVersion(1, s.code(), 1, Instant.EPOCH, false)).toList(),
				Instant.EPOCH);
		assertThat(index.search("domisili")).startsWith("sk-domisili").contains("sk-domisili-sementara",
				"sk-domisili-sementara-wna");
		assertThat(index.search("nikah").subList(0, 3)).containsExactlyInAnyOrder("dispensasi-nikah",
				"pengantar-nikah-n1", "sk-belum-nikah");
		assertThat(index.search("tidak mampu")).first().isEqualTo("sktm");
		assertThat(index.search("kematian").subList(0, 2)).containsExactlyInAnyOrder("sk-kematian",
				"sk-kematian-suami-istri");
		assertThat(index.search("berobat")).first().isEqualTo("sk-berobat");
		assertThat(index.search("pernikahan")).contains("pengantar-nikah-n1");
		assertThat(index.search("izin usaha")).first().isEqualTo("izin-usaha-mikro-kecil");
		assertThat(index.search("xyzzy")).isEmpty();
		assertThat(index.search("  ")).isEmpty();
	}

	private ServiceDefinition seed(String code) {
		return seeds.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().definition();
	}

	static ServiceVersion version(String code) {
		ServiceDefinition d = ServiceSeeds.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow()
			.definition();
		return d.toVersion(1, code, 1, Instant.EPOCH, false);
	}

	static Set<String> codes() {
		return ServiceSeeds.all().stream().map(ServiceSeeds.Seed::code).collect(Collectors.toSet());
	}
}
