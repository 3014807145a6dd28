package org.satukota.layanan;

/**
 * The fourteen components of a service standard (UU 25/2009 art. 21, PermenPANRB 15/2014). The first six are
 * published to citizens (persyaratan, prosedur, jangka waktu, biaya, produk, penanganan pengaduan); the rest are
 * managed internally and never shown on public pages or in the public API.
 */
public record ServiceStandard(String persyaratan, String prosedur, String jangkaWaktu, String biaya, String produk,
		String penangananPengaduan, String dasarHukum, String sarana, String kompetensi, String pengawasan,
		String jumlahPelaksana, String jaminanPelayanan, String jaminanKeamanan, String evaluasiKinerja) {
}
