package org.satukota.permohonan.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;

/** A micro-business permit (IUMK) goes from application through verification, inspection and komitmen to issue. */
class PermitJourneyBrowserTest extends ApplicationJourneys {

	@Test
	void aMicroBusinessPermitIsInspectedItsKomitmenConfirmedAndIssuedWithAnExpiry() throws Exception {
		UnitView dpmptsp = units.findByCode("DPMPTSP").orElseThrow();
		UnitView kelurahan = units.findByCode("16.71.05.1009").orElseThrow();
		People.Citizen citizen = people.citizen("Rahmat Saputra");
		String petugas = people.staffAccount("petugas.izin", Role.PETUGAS_LAYANAN, dpmptsp.id());
		String lapangan = people.staffAccount("lapangan.izin", Role.PETUGAS_LAPANGAN, dpmptsp.id());
		String kepala = people.staffAccount("kepala.izin", Role.PEJABAT_PENANDATANGAN, dpmptsp.id());

		logIn(citizen.email(), People.PASSWORD);
		open("/warga/permohonan/baru/izin-usaha-mikro-kecil");
		page.getByLabel("Nama usaha").fill("Pempek Cek Rahmat");
		page.getByLabel("Bidang usaha").selectOption("Kuliner");
		page.getByLabel("Uraian kegiatan usaha").fill("Produksi dan penjualan pempek");
		page.getByLabel("Alamat tempat usaha").fill("Jl. Kolonel Atmo No. 12");
		page.getByLabel("Kelurahan/desa tempat usaha").selectOption(new SelectOption().setValue(String.valueOf(kelurahan.id())));
		page.getByLabel("Modal usaha").fill("25000000");
		page.getByLabel("Jumlah tenaga kerja").fill("3");
		FilePayload pdf = new FilePayload("berkas.pdf", "application/pdf", Uploads.PDF);
		FilePayload png = new FilePayload("foto.png", "image/png", Uploads.PNG);
		page.setInputFiles("#berkas-ktp", pdf);
		page.setInputFiles("#berkas-kk", pdf);
		page.setInputFiles("#berkas-pas-foto", png);
		page.setInputFiles("#berkas-keterangan-domisili-usaha", pdf);
		page.setInputFiles("#berkas-foto-lokasi", png);
		page.setInputFiles("#berkas-pernyataan-komitmen", pdf);
		page.locator("#ajukan").click();
		assertThat(page.locator("#notice-diajukan")).isVisible();
		String number = page.locator("#nomor-registrasi").textContent().strip();
		assertThat(page.locator("#unit")).containsText("Penanaman Modal");
		logOut();

		logIn(petugas, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#teruskan").click();
		assertThat(page.locator("#tahap")).containsText("Peninjauan lapangan");
		logOut();

		logIn(lapangan, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.getByLabel("Hasil pemeriksaan").fill("Lokasi sesuai alamat, dapur bersih, tidak mengganggu jalan.");
		page.locator("#catat-pemeriksaan").click();
		assertThat(page.locator("#tahap")).containsText("Pemenuhan komitmen");
		logOut();

		logIn(petugas, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.getByLabel("Komitmen yang dipenuhi").fill("Tempat sampah terpilah dan saluran limbah tersedia.");
		page.locator("#konfirmasi-komitmen").click();
		assertThat(page.locator("#tahap")).containsText("Persetujuan");
		logOut();

		logIn(kepala, People.STAFF_PASSWORD);
		open("/staf/permohonan");
		page.getByText(number).click();
		page.locator("#setujui").click();
		assertThat(page.locator("#status")).containsText("Selesai");
		logOut();

		logIn(citizen.email(), People.PASSWORD);
		page.locator("#permohonan-saya").getByText(number).click();
		assertThat(page.locator("#status")).containsText("Selesai");
		assertThat(page.locator("#berlaku-sampai")).isVisible();
		assertThat(page.locator("#unduh-dokumen")).isVisible();
	}
}
