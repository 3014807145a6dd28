package org.satukota.permohonan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;
import org.satukota.support.QrCodes;

/**
 * A citizen applies for a Surat Keterangan Domisili with uploads, the petugas returns it for a missing KK copy,
 * the citizen corrects it, the petugas forwards, the Lurah approves and signs, the citizen downloads the signed
 * PDF, its QR code opens the verification page (valid), and after an admin revokes it the page says so.
 */
class DomisiliJourneyBrowserTest extends ApplicationJourneys {

	static FilePayload pdf(String name) {
		return new FilePayload(name, "application/pdf", Uploads.PDF);
	}

	@Test
	void aDomisiliLetterIsAppliedForCorrectedApprovedDownloadedVerifiedAndRevoked() throws Exception {
		UnitView kelurahan = units.findByCode("16.71.05.1009").orElseThrow();
		People.Citizen citizen = people.citizen("Siti Nurhaliza");
		String petugas = people.staffAccount("petugas.domisili", Role.PETUGAS_LAYANAN, kelurahan.id());
		String lurah = people.staffAccount("lurah.domisili", Role.PEJABAT_PENANDATANGAN, kelurahan.id());

		// The citizen applies, uploading the KTP twice by mistake instead of the KK.
		logIn(citizen.email(), People.PASSWORD);
		open("/warga/permohonan");
		page.locator("#layanan-tersedia a[href$='/baru/sk-domisili']").click();
		assertThat(page.locator("#pemohon-nama")).hasText("Siti Nurhaliza");
		assertThat(page.locator("#pemohon-nik")).containsText("********");
		page.getByLabel("Keperluan").fill("Melamar pekerjaan");
		page.getByLabel("Alamat tempat tinggal sekarang").fill("Jl. Merdeka No. 10, RT 03 RW 01");
		page.getByLabel("Kelurahan/desa tempat tinggal").selectOption(new SelectOption().setValue(String.valueOf(kelurahan.id())));
		page.getByLabel("Lama tinggal di alamat ini").fill("4 tahun");
		page.setInputFiles("#berkas-pengantar-rt-rw", pdf("pengantar.pdf"));
		page.setInputFiles("#berkas-ktp", pdf("ktp.pdf"));
		page.setInputFiles("#berkas-kk", pdf("ktp-lagi.pdf"));
		page.locator("#ajukan").click();
		assertThat(page.locator("#notice-diajukan")).isVisible();
		String number = page.locator("#nomor-registrasi").textContent().strip();
		assertThat(number).matches("PMH-\\d{4}-\\d{6}");
		assertThat(page.locator("#kode-lacak")).hasText(java.util.regex.Pattern.compile("[A-Z0-9]{5}-[A-Z0-9]{5}"));
		assertThat(page.locator("#status")).containsText("Diajukan");
		assertThat(page.locator("#tenggat")).isVisible();
		logOut();

		// The petugas returns it: the KK copy is missing.
		logIn(petugas, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#kembalikan-panel summary").click();
		page.locator("#alasan-kk").fill("Salinan KK tidak ada; yang diunggah adalah KTP.");
		page.locator("#kembalikan").click();
		assertThat(page.locator("main")).containsText("dikembalikan kepada pemohon");
		logOut();

		// The citizen sees why, uploads the KK and resubmits.
		logIn(citizen.email(), People.PASSWORD);
		page.locator("#permohonan-saya").getByText(number).click();
		assertThat(page.locator("#status")).containsText("Dikembalikan");
		assertThat(page.locator("#jeda")).isVisible();
		assertThat(page.locator("#form-perbaikan")).containsText("Salinan KK tidak ada");
		page.setInputFiles("#berkas-kk", pdf("kk.pdf"));
		page.locator("#kirim-perbaikan").click();
		assertThat(page.locator("#notice-diajukan-ulang")).isVisible();
		logOut();

		// The petugas forwards, the Lurah approves and signs.
		logIn(petugas, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		assertThat(page.locator("#berkas-list")).containsText("kk.pdf");
		page.locator("#teruskan").click();
		assertThat(page.locator("main")).containsText("diteruskan ke tahap berikutnya");
		logOut();
		logIn(lurah, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#setujui").click();
		assertThat(page.locator("main")).containsText("disetujui dan dokumen diterbitkan");
		logOut();

		// The citizen downloads the signed PDF; its QR code leads to the verification page.
		logIn(citizen.email(), People.PASSWORD);
		page.locator("#permohonan-saya").getByText(number).click();
		assertThat(page.locator("#status")).containsText("Selesai");
		String documentNumber = page.locator("#nomor-dokumen").textContent().strip();
		Download download = page.waitForDownload(() -> page.locator("#unduh-dokumen").click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String qr = QrCodes.onPage(pdf);
		String verificationPath = URI.create(qr).getPath();
		assertThat(verificationPath).startsWith("/verifikasi/");
		logOut();

		open(verificationPath);
		assertThat(page.locator("#status")).containsText("Dokumen sah");
		assertThat(page.locator("main")).containsText(documentNumber);
		assertThat(page.locator("main")).not().containsText("Siti Nurhaliza");

		// An admin revokes it; the same QR now says revoked.
		logIn("admin", "Admin#Uji2026");
		open("/admin/dokumen?q=" + java.net.URLEncoder.encode(documentNumber, java.nio.charset.StandardCharsets.UTF_8));
		page.getByText(documentNumber).first().click();
		page.locator("#reason").fill("Diterbitkan karena kesalahan data alamat.");
		page.locator("#cabut-dokumen button[type=submit]").click();
		page.waitForLoadState();
		logOut();
		open(verificationPath);
		assertThat(page.locator("#status")).containsText("DICABUT");
	}
}
