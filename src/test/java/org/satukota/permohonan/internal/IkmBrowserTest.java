package org.satukota.permohonan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;

/**
 * A citizen's Domisili letter is completed; the citizen follows the survey link on the application page, answers
 * the nine questions, and the kelurahan's IKM and category appear in the public performance report and in the staff
 * results.
 */
class IkmBrowserTest extends ApplicationJourneys {

	@Test
	void aCitizenRatesACompletedApplicationAndTheUnitsIkmAppearsInTheReports() throws Exception {
		// A kelurahan no other test files applications in or rates this month.
		UnitView kelurahan = units.activeUnits()
			.stream()
			.filter(u -> u.type() == UnitType.KELURAHAN && !u.code().equals("16.71.05.1009"))
			.toList()
			.get(13);
		People.Citizen citizen = people.citizen("Ratna Sari");
		String petugas = people.staffAccount("petugas.skm", Role.PETUGAS_LAYANAN, kelurahan.id());
		String lurah = people.staffAccount("lurah.skm", Role.PEJABAT_PENANDATANGAN, kelurahan.id());
		String pimpinan = people.staffAccount("pimpinan.skm", Role.PIMPINAN, kelurahan.id());

		logIn(citizen.email(), People.PASSWORD);
		open("/warga/permohonan/baru/sk-domisili");
		page.getByLabel("Keperluan").fill("Mendaftar BPJS");
		page.getByLabel("Alamat tempat tinggal sekarang").fill("Jl. Kenanga No. 3, RT 01 RW 04");
		page.getByLabel("Kelurahan/desa tempat tinggal").selectOption(new SelectOption().setValue(String.valueOf(kelurahan.id())));
		page.getByLabel("Lama tinggal di alamat ini").fill("6 tahun");
		page.setInputFiles("#berkas-pengantar-rt-rw", DomisiliJourneyBrowserTest.pdf("pengantar.pdf"));
		page.setInputFiles("#berkas-ktp", DomisiliJourneyBrowserTest.pdf("ktp.pdf"));
		page.setInputFiles("#berkas-kk", DomisiliJourneyBrowserTest.pdf("kk.pdf"));
		page.locator("#ajukan").click();
		assertThat(page.locator("#notice-diajukan")).isVisible();
		String number = page.locator("#nomor-registrasi").textContent().strip();
		assertThat(page.locator("#isi-survei")).hasCount(0);
		logOut();

		logIn(petugas, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#teruskan").click();
		assertThat(page.locator("main")).containsText("diteruskan ke tahap berikutnya");
		logOut();
		logIn(lurah, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#setujui").click();
		assertThat(page.locator("main")).containsText("disetujui dan dokumen diterbitkan");
		logOut();

		// The citizen follows the survey link and answers the nine questions.
		logIn(citizen.email(), People.PASSWORD);
		page.locator("#permohonan-saya").getByText(number).click();
		assertThat(page.locator("#status")).containsText("Selesai");
		page.locator("#isi-survei").click();
		assertThat(page.locator("h1")).hasText("Survei Kepuasan Masyarakat");
		String surveyUrl = page.url();
		assertThat(page.locator("fieldset.ikm-unsur")).hasCount(9);
		assertThat(page.locator("#unsur-4")).containsText("Gratis");
		page.locator("#kirim-survei").click();
		assertThat(page.locator("#form-problems")).isVisible();
		assertThat(page.locator("#unsur-1-error")).hasText("Pilih satu jawaban untuk pertanyaan ini.");
		for (int i = 1; i <= 9; i++) {
			page.locator("label[for=unsur-" + i + "-" + (i == 3 ? 3 : 4) + "]").click();
		}
		page.getByLabel("Usia").selectOption("30-39");
		page.locator("#kirim-survei").click();
		assertThat(page.locator("#terima-kasih")).isVisible();

		// Answering again is refused.
		page.navigate(surveyUrl);
		assertThat(page.locator("#sudah-diisi")).isVisible();
		open("/warga");
		page.locator("#permohonan-saya").getByText(number).click();
		assertThat(page.locator("#survei-terisi")).isVisible();
		logOut();

		// Σ NRR = 8 × 4 + 3 = 35 → 35 × 25 / 9 = 97.22, A (Sangat Baik).
		open("/kinerja/unit/" + kelurahan.id());
		assertThat(page.locator("tfoot td[data-measure='survei.kinerja.ikm']")).containsText("97,22");
		assertThat(page.locator("tfoot td[data-measure='survei.kinerja.ikm'] .kinerja-mutu")).hasText("A");
		assertThat(page.locator("tfoot td[data-measure='permohonan.kinerja.selesai-tepat-waktu']")).containsText("1 dari 1");
		open("/kinerja");
		assertThat(page.locator("tr[data-unit='" + kelurahan.parentId() + "'] td[data-measure='survei.kinerja.ikm']"))
			.containsText("n = ");

		logIn(pimpinan, People.STAFF_PASSWORD);
		open("/staf");
		page.locator("a[href^='/staf/ikm']").first().click();
		assertThat(page.locator("#nilai-ikm")).hasText("97.22");
		assertThat(page.locator("#mutu-ikm")).containsText("Sangat Baik");
		assertThat(page.locator("#jumlah-responden")).hasText("1");
	}
}
