package org.satukota.layanan;

/**
 * How the product document is made. {@code bodyTemplate} is an XHTML fragment with placeholders {@code ${field-key}}
 * for form values and {@code ${pemohon.nama}}, {@code ${pemohon.nik}}, {@code ${pemohon.alamat}},
 * {@code ${unit.nama}}; {@code numberFormat} uses the tokens {@code {nomor}}, {@code {tahun}}, {@code {bulan}},
 * {@code {bulan-romawi}} (e.g. {@code 474/{nomor}/KEL/{tahun}}); {@code validityMonths} is {@code null} when the
 * product does not expire.
 */
public record DocumentSpec(String title, String bodyTemplate, String numberFormat, Integer validityMonths) {
}
