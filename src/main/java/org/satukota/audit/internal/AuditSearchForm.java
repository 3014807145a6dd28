package org.satukota.audit.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The filter form of {@code /admin/audit}; parameter names are the Indonesian field names of the form. */
class AuditSearchForm {

	static final String CITY_ZONE = "kota";

	static final String UTC = "utc";

	private String pelaku;

	private String aksi;

	private String jenisRekaman;

	private String idRekaman;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dari;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sampai;

	private String zona = CITY_ZONE;

	private String halaman;

	boolean utc() {
		return UTC.equals(zona);
	}

	public String getPelaku() {
		return pelaku;
	}

	public void setPelaku(String pelaku) {
		this.pelaku = pelaku;
	}

	public String getAksi() {
		return aksi;
	}

	public void setAksi(String aksi) {
		this.aksi = aksi;
	}

	public String getJenisRekaman() {
		return jenisRekaman;
	}

	public void setJenisRekaman(String jenisRekaman) {
		this.jenisRekaman = jenisRekaman;
	}

	public String getIdRekaman() {
		return idRekaman;
	}

	public void setIdRekaman(String idRekaman) {
		this.idRekaman = idRekaman;
	}

	public LocalDate getDari() {
		return dari;
	}

	public void setDari(LocalDate dari) {
		this.dari = dari;
	}

	public LocalDate getSampai() {
		return sampai;
	}

	public void setSampai(LocalDate sampai) {
		this.sampai = sampai;
	}

	public String getZona() {
		return zona;
	}

	public void setZona(String zona) {
		this.zona = UTC.equals(zona) ? UTC : CITY_ZONE;
	}

	public String getHalaman() {
		return halaman;
	}

	public void setHalaman(String halaman) {
		this.halaman = halaman;
	}

	// A page number that is not a number is a stale or hand-edited link: show the first page rather than an error.
	int page() {
		try {
			return Math.max(0, Integer.parseInt(halaman.strip()));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}
}
