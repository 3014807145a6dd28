package org.satukota.layanan.internal;

import static org.satukota.layanan.FieldType.ADDRESS;
import static org.satukota.layanan.FieldType.CHOICE;
import static org.satukota.layanan.FieldType.DATE;
import static org.satukota.layanan.FieldType.KELURAHAN;
import static org.satukota.layanan.FieldType.NIK;
import static org.satukota.layanan.FieldType.NUMBER;
import static org.satukota.layanan.FieldType.TEXT;
import static org.satukota.layanan.FieldType.TEXTAREA;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.satukota.account.Role;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceStandard;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;

/**
 * The service types shipped with the platform: the sixteen letters Palembang's Si Demang offers (three from the
 * kecamatan, thirteen from the kelurahan) and one DPMPTSP permit. They are a realistic starting point; each city
 * edits them in the admin editor, and an edited or retired seed is never overwritten.
 */
final class ServiceSeeds {

	/** A shipped service type. */
	record Seed(String code, ServiceDefinition definition) {
	}

	static final long TWO_MB = 2L * 1024 * 1024;

	static final Set<String> DOCUMENTS = Set.of("application/pdf", "image/jpeg", "image/png");

	static final Set<String> PHOTOS = Set.of("image/jpeg", "image/png");

	static final String FREE = "Tidak dipungut biaya (gratis).";

	static final String EVENT_KEPENDUDUKAN = "Kependudukan";

	static final String EVENT_PERNIKAHAN = "Pernikahan";

	static final String EVENT_KEMATIAN = "Kematian";

	static final String EVENT_KESEHATAN = "Kesehatan";

	static final String EVENT_BANSOS = "Bantuan sosial";

	static final String EVENT_PENDIDIKAN = "Pendidikan";

	static final String EVENT_USAHA = "Usaha";

	static final String EVENT_PAJAK = "Pajak dan bangunan";

	static final String EVENT_RUMAH = "Perumahan";

	private static final String PENGADUAN = """
			Pengaduan, saran dan masukan tentang layanan ini dapat disampaikan melalui menu Pengaduan di SatuKota, \
			kotak saran di kantor pelayanan, atau langsung kepada %s. Pengaduan ditanggapi paling lambat 5 hari kerja.""";

	private static final String DASAR_KELURAHAN = """
			UU Nomor 25 Tahun 2009 tentang Pelayanan Publik; UU Nomor 23 Tahun 2006 jo. UU Nomor 24 Tahun 2013 \
			tentang Administrasi Kependudukan; PP Nomor 73 Tahun 2005 tentang Kelurahan; Permendagri Nomor 108 \
			Tahun 2019 tentang Peraturan Pelaksanaan Perpres 96/2018; Peraturan Wali Kota tentang Pelimpahan \
			Sebagian Kewenangan Wali Kota kepada Camat dan Lurah.""";

	private static final String DASAR_KECAMATAN = """
			UU Nomor 25 Tahun 2009 tentang Pelayanan Publik; PP Nomor 17 Tahun 2018 tentang Kecamatan; \
			Permendagri Nomor 4 Tahun 2010 tentang Pedoman PATEN (Pelayanan Administrasi Terpadu Kecamatan); \
			Peraturan Wali Kota tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat.""";

	private static final String SARANA = """
			Ruang pelayanan dengan loket, ruang tunggu, komputer dan printer, akses internet, aplikasi SatuKota, \
			kotak saran, toilet dan akses bagi penyandang disabilitas.""";

	private static final String KOMPETENSI = """
			Pelaksana memahami administrasi kependudukan dan tata naskah dinas, mampu mengoperasikan komputer dan \
			aplikasi SatuKota, serta bersikap ramah dan komunikatif.""";

	private static final String PENGAWASAN = """
			Dilakukan oleh atasan langsung secara berjenjang dan oleh Inspektorat Kota; pemantauan tenggat melalui \
			dasbor SatuKota.""";

	private static final String JAMINAN_PELAYANAN = """
			Layanan diberikan sesuai standar pelayanan ini; bila tidak sesuai, masyarakat berhak mengadu dan \
			memperoleh tanggapan.""";

	private static final String JAMINAN_KEAMANAN = """
			Data pribadi pemohon dilindungi sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi; \
			dokumen ditandatangani secara elektronik dan dapat diverifikasi melalui kode QR.""";

	private static final String EVALUASI = """
			Evaluasi kinerja pelaksana dilakukan setiap triwulan berdasarkan capaian tenggat dan Indeks Kepuasan \
			Masyarakat (IKM).""";

	private ServiceSeeds() {
	}

	static List<Seed> all() {
		List<Seed> seeds = new ArrayList<>();
		seeds.add(reklameInsidentil());
		seeds.add(dispensasiNikah());
		seeds.add(keteranganUmum());
		seeds.add(domisili());
		seeds.add(berobat());
		seeds.add(sktm());
		seeds.add(janda());
		seeds.add(duda());
		seeds.add(domisiliWna());
		seeds.add(bedaNama());
		seeds.add(kematianSuamiIstri());
		seeds.add(pengantarNikah());
		seeds.add(domisiliSementara());
		seeds.add(belumMemilikiRumah());
		seeds.add(belumNikah());
		seeds.add(kematian());
		seeds.add(penguranganPbb());
		seeds.add(izinUsahaMikroKecil());
		return List.copyOf(seeds);
	}

	// ---------------------------------------------------------------- kecamatan

	private static Seed reklameInsidentil() {
		List<RequirementSpec> reqs = List.of(
				doc("surat-permohonan", "Surat permohonan izin reklame insidentil", true,
						"Ditujukan kepada Camat, memuat jenis, jumlah, ukuran dan lokasi reklame."),
				ktp(), doc("desain-reklame", "Desain atau gambar reklame", true,
						"Gambar reklame yang akan dipasang, lengkap dengan teksnya."),
				doc("denah-lokasi", "Denah atau foto lokasi pemasangan", true, null),
				doc("izin-pemilik-lahan", "Surat izin pemilik lahan/bangunan tempat pemasangan", false,
						"Diperlukan bila reklame dipasang di lahan milik orang lain."));
		List<FormField> form = List.of(
				choice("jenis-reklame", "Jenis reklame", true, null, "Spanduk", "Umbul-umbul", "Baliho", "Banner",
						"Poster", "Selebaran"),
				field("isi-reklame", "Isi atau teks reklame", TEXTAREA, true, null, 1000),
				field("jumlah", "Jumlah reklame (buah)", NUMBER, true, null, 6),
				field("ukuran", "Ukuran reklame", TEXT, true, "Contoh: 1 x 5 meter.", 50),
				field("lokasi", "Lokasi pemasangan", ADDRESS, true, "Jalan dan titik pemasangan.", 300),
				field("tanggal-mulai", "Tanggal mulai pemasangan", DATE, true, null, null),
				field("tanggal-selesai", "Tanggal pembongkaran", DATE, true,
						"Reklame insidentil dipasang paling lama 30 hari.", null),
				field("nama-penyelenggara", "Nama penyelenggara kegiatan/usaha", TEXT, false, null, 200));
		String body = """
				<p>Yang bertanda tangan di bawah ini, Camat pada ${unit.nama}, dengan ini memberikan izin \
				pemasangan reklame insidentil kepada:</p>
				<table>
				<tr><td>Nama</td><td>: ${pemohon.nama}</td></tr>
				<tr><td>NIK</td><td>: ${pemohon.nik}</td></tr>
				<tr><td>Alamat</td><td>: ${pemohon.alamat}</td></tr>
				<tr><td>Penyelenggara</td><td>: ${nama-penyelenggara}</td></tr>
				</table>
				<p>untuk memasang ${jumlah} buah reklame jenis ${jenis-reklame} berukuran ${ukuran} dengan isi \
				&#8220;${isi-reklame}&#8221; di ${lokasi}, terhitung mulai tanggal ${tanggal-mulai} sampai dengan \
				${tanggal-selesai}.</p>
				<p>Pemegang izin wajib menjaga ketertiban dan keindahan kota, tidak memasang reklame di taman, \
				jembatan, rambu lalu lintas dan pohon, melunasi pajak reklame sesuai ketentuan, serta membongkar \
				reklame paling lambat pada tanggal berakhirnya izin ini.</p>
				<p>Demikian izin ini diberikan untuk dipergunakan sebagaimana mestinya.</p>""";
		return new Seed("izin-reklame-insidentil", new ServiceDefinition(
				"Surat Izin Pelayanan Reklame Insidentil",
				"Izin kecamatan untuk memasang reklame sementara (spanduk, umbul-umbul, baliho kecil) untuk kegiatan "
						+ "atau promosi paling lama 30 hari di wilayah kecamatan.",
				IssuerKind.KECAMATAN, null, List.of(EVENT_USAHA, EVENT_PAJAK),
				standard(reqs, "2 (dua) hari kerja sejak berkas dinyatakan lengkap.", FREE
						+ " Pajak reklame dibayar terpisah kepada Bapenda sesuai Perda Pajak Daerah.",
						"Surat Izin Pelayanan Reklame Insidentil yang ditandatangani secara elektronik.",
						"Camat", DASAR_KECAMATAN
								+ " Perda tentang Pajak Daerah dan Retribusi Daerah; Perwali tentang Penyelenggaraan Reklame."),
				form, reqs, steps(StepKind.VERIFY, 1, 1), new DocumentSpec("Surat Izin Reklame Insidentil", body,
						"503/{nomor}/REK/KEC/{bulan-romawi}/{tahun}", 1),
				0, false, true, 2));
	}

	private static Seed dispensasiNikah() {
		List<RequirementSpec> reqs = List.of(
				doc("pengantar-kelurahan", "Surat pengantar nikah dari kelurahan (N1)", true,
						"Formulir pengantar nikah yang sudah ditandatangani Lurah."),
				doc("surat-permohonan", "Surat permohonan dispensasi beserta alasannya", true,
						"Ditujukan kepada Camat, menjelaskan mengapa pernikahan harus dilangsungkan kurang dari 10 hari kerja."),
				doc("ktp-calon-suami", "KTP-el calon suami", true, null),
				doc("ktp-calon-istri", "KTP-el calon istri", true, null),
				doc("pemberitahuan-kua", "Bukti pendaftaran kehendak nikah di KUA", false,
						"Bila sudah mendaftar di KUA atau kantor catatan sipil."));
		List<FormField> form = List.of(
				field("nama-calon-suami", "Nama calon suami", TEXT, true, null, 200),
				field("nama-calon-istri", "Nama calon istri", TEXT, true, null, 200),
				field("tanggal-akad", "Tanggal akad/pemberkatan nikah", DATE, true, null, null),
				field("tempat-akad", "Tempat akad/pemberkatan nikah", TEXT, true, null, 300),
				field("kua-tujuan", "KUA/kantor pencatat perkawinan tujuan", TEXT, true, null, 200),
				field("alasan", "Alasan dispensasi", TEXTAREA, true,
						"Contoh: calon suami harus kembali bertugas ke luar daerah.", 1000));
		String body = """
				<p>Yang bertanda tangan di bawah ini, Camat pada ${unit.nama}, memberikan dispensasi \
				pelaksanaan pernikahan kurang dari 10 (sepuluh) hari kerja sejak pemberitahuan kehendak nikah \
				kepada:</p>
				<table>
				<tr><td>Calon suami</td><td>: ${nama-calon-suami}</td></tr>
				<tr><td>Calon istri</td><td>: ${nama-calon-istri}</td></tr>
				<tr><td>Pemohon</td><td>: ${pemohon.nama}, NIK ${pemohon.nik}</td></tr>
				<tr><td>Alamat pemohon</td><td>: ${pemohon.alamat}</td></tr>
				</table>
				<p>Pernikahan akan dilangsungkan pada tanggal ${tanggal-akad} di ${tempat-akad} dan dicatat oleh \
				${kua-tujuan}, dengan alasan: ${alasan}.</p>
				<p>Demikian surat dispensasi ini dibuat untuk dipergunakan sebagaimana mestinya.</p>""";
		return new Seed("dispensasi-nikah", new ServiceDefinition(
				"Surat Dispensasi Nikah Kurang dari 10 Hari",
				"Dispensasi camat agar pernikahan dapat dicatat kurang dari 10 hari kerja sejak kehendak nikah "
						+ "diberitahukan kepada KUA atau kantor pencatat perkawinan.",
				IssuerKind.KECAMATAN, null, List.of(EVENT_PERNIKAHAN),
				standard(reqs, "1 (satu) hari kerja sejak berkas dinyatakan lengkap.", FREE,
						"Surat Dispensasi Nikah yang ditandatangani secara elektronik.", "Camat",
						DASAR_KECAMATAN + " UU Nomor 1 Tahun 1974 jo. UU Nomor 16 Tahun 2019 tentang Perkawinan; "
								+ "PMA Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Dispensasi Nikah", body, "474.2/{nomor}/DN/KEC/{bulan-romawi}/{tahun}", null),
				0, false, false, 1));
	}

	private static Seed keteranganUmum() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(),
				doc("pengantar-kelurahan", "Surat pengantar dari kelurahan", true, null), ktp(), kk(),
				doc("dokumen-pendukung", "Dokumen pendukung keterangan", false,
						"Dokumen lain yang menguatkan hal yang diterangkan."));
		List<FormField> form = List.of(keperluan(),
				field("isi-keterangan", "Hal yang perlu diterangkan", TEXTAREA, true,
						"Tuliskan dengan jelas keterangan yang Anda perlukan dari kecamatan.", 2000),
				field("instansi-tujuan", "Instansi tujuan surat", TEXT, false, null, 200));
		String body = """
				<p>Yang bertanda tangan di bawah ini, Camat pada ${unit.nama}, menerangkan dengan sebenarnya \
				bahwa:</p>
				<table>
				<tr><td>Nama</td><td>: ${pemohon.nama}</td></tr>
				<tr><td>NIK</td><td>: ${pemohon.nik}</td></tr>
				<tr><td>Alamat</td><td>: ${pemohon.alamat}</td></tr>
				</table>
				<p>${isi-keterangan}</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan}. Demikian surat keterangan ini dibuat \
				untuk dipergunakan sebagaimana mestinya.</p>""";
		return new Seed("sk-umum", new ServiceDefinition("Surat Keterangan Umum",
				"Surat keterangan camat untuk keperluan yang tidak diatur dalam layanan lain, berdasarkan pengantar "
						+ "kelurahan.",
				IssuerKind.KECAMATAN, null, List.of(EVENT_KEPENDUDUKAN),
				standard(reqs, "2 (dua) hari kerja sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan yang ditandatangani secara elektronik.", "Camat", DASAR_KECAMATAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan", body, "470/{nomor}/SK/KEC/{bulan-romawi}/{tahun}", null),
				0, false, false, 2));
	}

	// ---------------------------------------------------------------- kelurahan

	private static Seed domisili() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("surat-pindah", "Surat keterangan dari domisili sebelumnya", false,
						"Bagi pendatang baru: surat pindah atau keterangan dari kelurahan/desa asal."));
		List<FormField> form = List.of(keperluan(),
				field("alamat", "Alamat tempat tinggal sekarang", ADDRESS, true,
						"Nama jalan, nomor rumah, RT dan RW.", 300),
				field("kelurahan", "Kelurahan/desa tempat tinggal", KELURAHAN, true, null, null),
				field("lama-tinggal", "Lama tinggal di alamat ini", TEXT, false, "Contoh: 3 tahun.", 50));
		String body = kelurahanLetter("""
				<p>adalah benar warga yang berdomisili di ${alamat}, dalam wilayah ${unit.nama}, selama ${lama-tinggal}.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan} dan berlaku selama 6 (enam) bulan sejak \
				tanggal dikeluarkan.</p>""");
		return new Seed("sk-domisili", new ServiceDefinition("Surat Keterangan Domisili",
				"Keterangan bahwa seseorang benar bertempat tinggal di wilayah kelurahan, untuk keperluan "
						+ "administrasi seperti melamar pekerjaan, membuka rekening bank atau mendaftar sekolah.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Domisili yang ditandatangani secara elektronik, berlaku 6 bulan.", "Lurah",
						DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Domisili", body, "474/{nomor}/SKD/KEL/{bulan-romawi}/{tahun}", 6),
				0, false, false, 1));
	}

	private static Seed berobat() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("rujukan", "Surat rujukan atau keterangan dari fasilitas kesehatan", false,
						"Bila ada, misalnya rujukan puskesmas."));
		List<FormField> form = List.of(
				field("nama-pasien", "Nama pasien", TEXT, true, "Isi nama Anda bila Anda sendiri pasiennya.", 200),
				field("hubungan-pasien", "Hubungan pemohon dengan pasien", TEXT, true,
						"Contoh: diri sendiri, anak, orang tua.", 100),
				field("fasilitas-kesehatan", "Rumah sakit/puskesmas tujuan", TEXT, true, null, 200),
				keperluan());
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama}. Surat keterangan ini diberikan untuk keperluan berobat atas \
				nama pasien ${nama-pasien} (${hubungan-pasien}) di ${fasilitas-kesehatan}, guna ${keperluan}.</p>
				<p>Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.</p>""");
		return new Seed("sk-berobat", new ServiceDefinition("Surat Keterangan Berobat",
				"Keterangan kelurahan bagi warga yang akan berobat ke rumah sakit atau puskesmas, misalnya untuk "
						+ "keperluan administrasi rumah sakit.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KESEHATAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Berobat yang ditandatangani secara elektronik.", "Lurah", DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Berobat", body, "440/{nomor}/SKB/KEL/{bulan-romawi}/{tahun}", 3),
				0, false, false, 1));
	}

	private static Seed sktm() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				photo("foto-rumah", "Foto rumah tampak depan dan bagian dalam", true, null),
				doc("pernyataan-tidak-mampu", "Surat Pernyataan Tidak Mampu bermeterai Rp10.000", true,
						"Diketahui Ketua RT dan ditandatangani 2 (dua) orang saksi."),
				doc("surat-tujuan", "Surat dari instansi tujuan (rumah sakit/sekolah)", false,
						"Misalnya surat keterangan rawat inap atau surat dari sekolah/kampus."));
		List<FormField> form = List.of(
				choice("keperluan", "Keperluan", true, null, "Pengobatan/jaminan kesehatan", "Pendidikan/beasiswa",
						"Bantuan sosial", "Keringanan biaya lainnya"),
				field("instansi-tujuan", "Instansi tujuan", TEXT, true, "Nama rumah sakit, sekolah atau instansi.", 200),
				field("pekerjaan", "Pekerjaan kepala keluarga", TEXT, true, null, 100),
				field("penghasilan", "Penghasilan keluarga per bulan (Rupiah)", NUMBER, true, "Tulis angka saja.", 12),
				field("jumlah-tanggungan", "Jumlah tanggungan keluarga (orang)", NUMBER, true, null, 3));
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama} yang berasal dari keluarga kurang mampu, dengan pekerjaan \
				kepala keluarga ${pekerjaan}, penghasilan sekitar Rp${penghasilan} per bulan dan ${jumlah-tanggungan} \
				orang tanggungan.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan} pada ${instansi-tujuan}. Apabila di \
				kemudian hari keterangan ini terbukti tidak benar, surat ini batal dan pemohon bertanggung jawab \
				sesuai ketentuan hukum.</p>""");
		return new Seed("sktm", new ServiceDefinition("Surat Keterangan Keluarga Kurang Mampu (SKTM)",
				"Keterangan tidak mampu untuk memperoleh keringanan biaya pengobatan, pendidikan atau bantuan "
						+ "sosial.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_BANSOS, EVENT_KESEHATAN, EVENT_PENDIDIKAN),
				standard(reqs, "Paling lama 1 (satu) hari kerja sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Keluarga Kurang Mampu yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN + " UU Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Tidak Mampu", body, "401/{nomor}/SKTM/KEL/{bulan-romawi}/{tahun}",
						6),
				0, false, false, 1));
	}

	private static Seed janda() {
		return statusPerkawinan("sk-janda", "Surat Keterangan Janda", "janda", "suami",
				"Keterangan bahwa seorang perempuan berstatus janda karena cerai hidup atau cerai mati, misalnya untuk "
						+ "keperluan pensiun, tunjangan atau pernikahan kembali.");
	}

	private static Seed duda() {
		return statusPerkawinan("sk-duda", "Surat Keterangan Duda", "duda", "istri",
				"Keterangan bahwa seorang laki-laki berstatus duda karena cerai hidup atau cerai mati, misalnya untuk "
						+ "keperluan administrasi atau pernikahan kembali.");
	}

	private static Seed statusPerkawinan(String code, String name, String status, String spouse, String description) {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("bukti-status", "Akta cerai atau akta/surat kematian " + spouse, true,
						"Akta cerai dari Pengadilan Agama/Pengadilan Negeri, atau akta kematian " + spouse + "."),
				doc("buku-nikah", "Buku nikah/akta perkawinan", false, null));
		List<FormField> form = List.of(
				field("nama-pasangan", "Nama " + spouse + " terdahulu", TEXT, true, null, 200),
				choice("sebab", "Sebab menjadi " + status, true, null, "Cerai hidup", "Cerai mati"),
				field("tanggal-peristiwa", "Tanggal perceraian atau meninggalnya " + spouse, DATE, true, null, null),
				keperluan());
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama} yang berstatus %s (${sebab}) dari %s bernama ${nama-pasangan} \
				sejak tanggal ${tanggal-peristiwa}, dan sampai dengan surat ini dikeluarkan belum menikah lagi.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan}.</p>""".formatted(status, spouse));
		return new Seed(code, new ServiceDefinition(name, description, IssuerKind.KELURAHAN, null,
				List.of(EVENT_PERNIKAHAN, EVENT_KEMATIAN, EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						name + " yang ditandatangani secara elektronik.", "Lurah", DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec(name, body, "474.2/{nomor}/KEL/{bulan-romawi}/{tahun}", null), 0, false, false, 1));
	}

	private static Seed domisiliWna() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(),
				doc("paspor", "Paspor (halaman identitas dan visa)", true, null),
				doc("kitas", "KITAS/KITAP atau izin tinggal yang berlaku", true, null),
				doc("ktp-penjamin", "KTP-el penjamin atau pemilik tempat tinggal", true, null),
				doc("surat-sponsor", "Surat keterangan sponsor/perusahaan/instansi penjamin", false, null),
				photo("pas-foto", "Pas foto berwarna 4x6", true, null));
		List<FormField> form = List.of(
				field("kewarganegaraan", "Kewarganegaraan", TEXT, true, null, 100),
				field("nomor-paspor", "Nomor paspor", TEXT, true, null, 20),
				field("nomor-izin-tinggal", "Nomor KITAS/KITAP", TEXT, true, null, 30),
				field("alamat", "Alamat tinggal sementara", ADDRESS, true, null, 300),
				field("kelurahan", "Kelurahan/desa tempat tinggal", KELURAHAN, true, null, null),
				field("nama-penjamin", "Nama penjamin/pemilik tempat tinggal", TEXT, true, null, 200),
				field("tujuan", "Tujuan tinggal", TEXT, true, "Contoh: bekerja, belajar, penelitian.", 200),
				field("tanggal-berakhir", "Masa berlaku izin tinggal sampai", DATE, true, null, null));
		String body = kelurahanLetter("""
				<p>adalah warga negara ${kewarganegaraan} pemegang paspor nomor ${nomor-paspor} dan izin tinggal \
				nomor ${nomor-izin-tinggal}, yang benar bertempat tinggal sementara di ${alamat}, wilayah ${unit.nama}, \
				dengan penjamin ${nama-penjamin}, untuk keperluan ${tujuan}.</p>
				<p>Surat keterangan ini berlaku sampai dengan tanggal ${tanggal-berakhir} atau paling lama 6 (enam) \
				bulan sejak dikeluarkan.</p>""");
		return new Seed("sk-domisili-sementara-wna", new ServiceDefinition(
				"Surat Keterangan Domisili Sementara WNA",
				"Keterangan tempat tinggal sementara bagi warga negara asing pemegang izin tinggal, untuk keperluan "
						+ "administrasi keimigrasian, pekerjaan atau pendidikan.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KEPENDUDUKAN),
				standard(reqs, "1 (satu) hari kerja sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Domisili Sementara WNA yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN + " UU Nomor 6 Tahun 2011 tentang Keimigrasian."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Domisili Sementara Warga Negara Asing", body,
						"474/{nomor}/WNA/KEL/{bulan-romawi}/{tahun}", 6),
				0, false, false, 1));
	}

	private static Seed bedaNama() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("dokumen-berbeda", "Dokumen yang memuat perbedaan nama", true,
						"Misalnya ijazah, akta kelahiran, buku nikah, paspor atau buku tabungan."),
				doc("pernyataan-bermeterai", "Surat pernyataan bahwa kedua nama adalah orang yang sama, bermeterai Rp10.000",
						true, null));
		List<FormField> form = List.of(
				field("nama-pertama", "Nama sesuai KTP-el", TEXT, true, null, 200),
				field("nama-kedua", "Nama yang berbeda", TEXT, true, null, 200),
				field("dokumen-nama-kedua", "Dokumen yang memuat nama yang berbeda", TEXT, true,
						"Contoh: ijazah SMA tahun 2005.", 200),
				keperluan());
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama}. Nama <b>${nama-pertama}</b> sebagaimana tercantum dalam KTP-el dan \
				nama <b>${nama-kedua}</b> sebagaimana tercantum dalam ${dokumen-nama-kedua} adalah satu orang yang \
				sama.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan}.</p>""");
		return new Seed("sk-beda-nama", new ServiceDefinition("Surat Keterangan Beda Nama",
				"Keterangan bahwa dua penulisan nama yang berbeda pada dokumen (misalnya KTP dan ijazah) adalah "
						+ "orang yang sama.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Beda Nama yang ditandatangani secara elektronik.", "Lurah", DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Beda Nama", body, "470/{nomor}/SKBN/KEL/{bulan-romawi}/{tahun}",
						null),
				0, false, false, 1));
	}

	private static Seed kematianSuamiIstri() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("bukti-kematian", "Akta kematian atau surat keterangan kematian suami/istri", true, null),
				doc("buku-nikah", "Buku nikah/akta perkawinan dengan almarhum/almarhumah", true, null));
		List<FormField> form = List.of(
				field("nama-almarhum", "Nama suami/istri yang meninggal", TEXT, true, null, 200),
				field("bin-binti", "Bin/binti", TEXT, false, "Nama ayah almarhum/almarhumah.", 200),
				field("tanggal-meninggal", "Tanggal meninggal", DATE, true, null, null),
				field("tempat-meninggal", "Tempat meninggal", TEXT, true, null, 200),
				keperluan());
		String body = kelurahanLetter("""
				<p>adalah benar suami/istri dari almarhum/almarhumah ${nama-almarhum} bin/binti ${bin-binti}, yang \
				telah meninggal dunia pada tanggal ${tanggal-meninggal} di ${tempat-meninggal}.</p>
				<p>Surat keterangan ini (Formulir Model N6) diberikan untuk keperluan ${keperluan}.</p>""");
		return new Seed("sk-kematian-suami-istri", new ServiceDefinition(
				"Surat Keterangan Kematian Suami/Istri (N6)",
				"Formulir model N6: keterangan kematian suami atau istri, dipakai sebagai syarat bagi janda atau duda "
						+ "cerai mati yang akan menikah lagi.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_PERNIKAHAN, EVENT_KEMATIAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Kematian Suami/Istri (Formulir Model N6) yang ditandatangani secara elektronik.",
						"Lurah", DASAR_KELURAHAN + " PMA Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Kematian Suami/Istri (Model N6)", body,
						"474.3/{nomor}/N6/KEL/{bulan-romawi}/{tahun}", null),
				0, false, false, 1));
	}

	private static Seed pengantarNikah() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("akta-kelahiran", "Akta kelahiran atau surat kenal lahir", true, null),
				photo("pas-foto", "Pas foto 2x3 dan 4x6 berlatar biru", true, null),
				doc("ktp-kk-calon-pasangan", "KTP-el dan KK calon pasangan", true, null),
				doc("ktp-orang-tua", "KTP-el kedua orang tua", true, null),
				doc("akta-cerai-kematian", "Akta cerai atau akta kematian pasangan terdahulu", false,
						"Wajib bagi janda atau duda."),
				doc("izin-orang-tua", "Surat izin orang tua (Model N5)", false,
						"Wajib bagi calon pengantin yang belum berusia 21 tahun."));
		List<FormField> form = List.of(
				choice("status-perkawinan", "Status perkawinan pemohon", true, null, "Jejaka", "Perawan", "Duda",
						"Janda"),
				field("nama-ayah", "Nama ayah kandung pemohon", TEXT, true, null, 200),
				field("nama-ibu", "Nama ibu kandung pemohon", TEXT, true, null, 200),
				field("nama-calon-pasangan", "Nama calon pasangan", TEXT, true, null, 200),
				field("nik-calon-pasangan", "NIK calon pasangan", NIK, true, "16 digit sesuai KTP-el.", 20),
				field("tanggal-nikah", "Rencana tanggal akad nikah", DATE, true,
						"Daftarkan kehendak nikah ke KUA paling lambat 10 hari kerja sebelumnya.", null),
				field("kua-tujuan", "KUA kecamatan tempat akad", TEXT, true, null, 200));
		String body = kelurahanLetter("""
				<table>
				<tr><td>Agama</td><td>: Islam</td></tr>
				<tr><td>Status perkawinan</td><td>: ${status-perkawinan}</td></tr>
				<tr><td>Nama ayah</td><td>: ${nama-ayah}</td></tr>
				<tr><td>Nama ibu</td><td>: ${nama-ibu}</td></tr>
				</table>
				<p>adalah benar warga ${unit.nama} yang akan melangsungkan pernikahan dengan ${nama-calon-pasangan} \
				pada tanggal ${tanggal-nikah} di wilayah ${kua-tujuan}.</p>
				<p>Demikian surat pengantar (Formulir Model N1) ini dibuat untuk dipergunakan sebagaimana \
				mestinya.</p>""");
		return new Seed("pengantar-nikah-n1", new ServiceDefinition("Formulir Pengantar Nikah Muslim (N1)",
				"Surat pengantar perkawinan (Formulir Model N1 menurut PMA Nomor 20 Tahun 2019) bagi warga muslim "
						+ "yang akan menikah di KUA. Penandatanganan formulir dilakukan di kantor kelurahan; "
						+ "pesan jadwal kunjungan.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_PERNIKAHAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) saat kunjungan sesuai jadwal.", FREE,
						"Formulir Pengantar Perkawinan Model N1 yang ditandatangani Lurah.", "Lurah",
						DASAR_KELURAHAN + " UU Nomor 1 Tahun 1974 jo. UU Nomor 16 Tahun 2019 tentang Perkawinan; "
								+ "PMA Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Pengantar Perkawinan (Formulir Model N1)", body,
						"474.2/{nomor}/N1/KEL/{bulan-romawi}/{tahun}", null),
				0, true, false, 1));
	}

	private static Seed domisiliSementara() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("pernyataan-pemilik-rumah", "Surat pernyataan pemilik rumah/kos tempat tinggal", true,
						"Menyatakan bahwa pemohon benar tinggal di rumah atau kos tersebut."),
				doc("ktp-pemilik-rumah", "KTP-el pemilik rumah/kos", false, null));
		List<FormField> form = List.of(keperluan(),
				field("alamat", "Alamat tinggal sementara", ADDRESS, true, null, 300),
				field("kelurahan", "Kelurahan/desa tempat tinggal sementara", KELURAHAN, true, null, null),
				field("alamat-asal", "Alamat asal sesuai KTP-el", ADDRESS, true, null, 300),
				field("lama-tinggal", "Rencana lama tinggal", TEXT, true, "Contoh: 1 tahun (kuliah).", 50));
		String body = kelurahanLetter("""
				<p>yang beralamat asal di ${alamat-asal}, adalah benar bertempat tinggal sementara di ${alamat}, \
				wilayah ${unit.nama}, untuk jangka waktu ${lama-tinggal}.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan} dan berlaku selama 6 (enam) bulan.</p>""");
		return new Seed("sk-domisili-sementara", new ServiceDefinition("Surat Keterangan Domisili Sementara",
				"Keterangan tempat tinggal sementara bagi warga yang ber-KTP daerah lain, misalnya mahasiswa atau "
						+ "pekerja yang menetap sementara di wilayah kelurahan.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Domisili Sementara yang ditandatangani secara elektronik, berlaku 6 bulan.",
						"Lurah", DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Domisili Sementara", body,
						"474/{nomor}/SKDS/KEL/{bulan-romawi}/{tahun}", 6),
				0, false, false, 1));
	}

	private static Seed belumMemilikiRumah() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("pernyataan-belum-memiliki-rumah", "Surat pernyataan belum memiliki rumah bermeterai Rp10.000",
						true, null),
				doc("keterangan-penghasilan", "Slip gaji atau surat keterangan penghasilan", false,
						"Biasanya diminta untuk KPR bersubsidi."));
		List<FormField> form = List.of(
				choice("keperluan", "Keperluan", true, null, "KPR bersubsidi (FLPP)", "Bantuan perumahan",
						"Rumah susun sewa", "Lainnya"),
				field("alamat", "Alamat tinggal sekarang", ADDRESS, true, null, 300),
				choice("status-tempat-tinggal", "Status tempat tinggal sekarang", true, null, "Kontrak/sewa",
						"Menumpang keluarga", "Rumah dinas", "Lainnya"),
				field("instansi-tujuan", "Bank/instansi tujuan", TEXT, false, null, 200));
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama} yang bertempat tinggal di ${alamat} dengan status \
				${status-tempat-tinggal}, dan sepanjang pengetahuan kami belum memiliki rumah.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan} pada ${instansi-tujuan}.</p>""");
		return new Seed("sk-belum-memiliki-rumah", new ServiceDefinition(
				"Surat Keterangan Belum Memiliki Rumah",
				"Keterangan bahwa pemohon belum memiliki rumah, misalnya untuk mengajukan KPR bersubsidi atau "
						+ "bantuan perumahan.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_RUMAH, EVENT_BANSOS),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Belum Memiliki Rumah yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN + " UU Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Belum Memiliki Rumah", body,
						"648/{nomor}/SKBMR/KEL/{bulan-romawi}/{tahun}", 6),
				0, false, false, 1));
	}

	private static Seed belumNikah() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("pernyataan-belum-menikah", "Surat pernyataan belum pernah menikah bermeterai Rp10.000", true,
						"Diketahui Ketua RT dan orang tua/wali."));
		List<FormField> form = List.of(keperluan(),
				field("instansi-tujuan", "Instansi tujuan", TEXT, false, "Contoh: instansi tempat melamar kerja.", 200));
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama} yang sampai dengan surat ini dikeluarkan belum pernah menikah.</p>
				<p>Surat keterangan ini diberikan untuk keperluan ${keperluan} pada ${instansi-tujuan}.</p>""");
		return new Seed("sk-belum-nikah", new ServiceDefinition("Surat Keterangan Belum Nikah",
				"Keterangan bahwa pemohon belum pernah menikah, untuk keperluan melamar pekerjaan (TNI/Polri, BUMN), "
						+ "pendidikan atau pernikahan.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_PERNIKAHAN, EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Belum Nikah yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Belum Nikah", body, "474.2/{nomor}/SKBN/KEL/{bulan-romawi}/{tahun}",
						6),
				0, false, false, 1));
	}

	private static Seed kematian() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(),
				doc("keterangan-kematian", "Surat keterangan kematian dari rumah sakit/dokter", true,
						"Bila meninggal di rumah: surat pernyataan kematian dari keluarga diketahui Ketua RT."),
				doc("ktp-almarhum", "KTP-el almarhum/almarhumah", true, null),
				doc("kk-almarhum", "Kartu Keluarga almarhum/almarhumah", true, null),
				doc("ktp-pelapor", "KTP-el pelapor", true, null),
				doc("ktp-saksi", "KTP-el 2 (dua) orang saksi", true, null));
		List<FormField> form = List.of(
				field("nama-almarhum", "Nama almarhum/almarhumah", TEXT, true, null, 200),
				field("nik-almarhum", "NIK almarhum/almarhumah", NIK, true, null, 20),
				field("tanggal-meninggal", "Tanggal meninggal", DATE, true, null, null),
				field("tempat-meninggal", "Tempat meninggal", TEXT, true, "Contoh: RSUD, rumah duka.", 200),
				choice("sebab-meninggal", "Sebab meninggal", true, null, "Sakit biasa/tua", "Wabah penyakit",
						"Kecelakaan", "Kriminalitas", "Bunuh diri", "Lainnya"),
				field("hubungan-pelapor", "Hubungan pelapor dengan almarhum/almarhumah", TEXT, true, null, 100));
		String body = """
				<p>Yang bertanda tangan di bawah ini, Lurah pada ${unit.nama}, menerangkan dengan sebenarnya bahwa:</p>
				<table>
				<tr><td>Nama</td><td>: ${nama-almarhum}</td></tr>
				<tr><td>NIK</td><td>: ${nik-almarhum}</td></tr>
				</table>
				<p>telah meninggal dunia pada tanggal ${tanggal-meninggal} di ${tempat-meninggal} karena \
				${sebab-meninggal}.</p>
				<p>Keterangan ini dibuat berdasarkan laporan ${pemohon.nama} (NIK ${pemohon.nik}), ${hubungan-pelapor} \
				almarhum/almarhumah, beralamat di ${pemohon.alamat}. Kematian wajib dilaporkan ke Dinas Kependudukan \
				dan Pencatatan Sipil paling lambat 30 hari untuk diterbitkan akta kematian.</p>""";
		return new Seed("sk-kematian", new ServiceDefinition("Surat Keterangan Kematian",
				"Keterangan meninggalnya seorang warga, dasar untuk mengurus akta kematian di Disdukcapil, "
						+ "pemakaman, asuransi atau pensiun.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_KEMATIAN, EVENT_KEPENDUDUKAN),
				standard(reqs, "Selesai pada hari itu juga (1 hari kerja) sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan Kematian yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN + " Perpres Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
								+ "Penduduk dan Pencatatan Sipil."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan Kematian", body, "474.3/{nomor}/SKK/KEL/{bulan-romawi}/{tahun}",
						null),
				0, false, false, 1));
	}

	private static Seed penguranganPbb() {
		List<RequirementSpec> reqs = List.of(pengantarRtRw(), ktp(), kk(),
				doc("sppt", "SPPT PBB-P2 tahun berjalan", true, null),
				doc("bukti-lunas", "Bukti pelunasan PBB-P2 tahun sebelumnya", true, null),
				doc("surat-permohonan", "Surat permohonan pengurangan PBB-P2 kepada Bapenda", true, null),
				photo("foto-objek", "Foto objek pajak (tanah/bangunan)", false, null));
		List<FormField> form = List.of(
				field("nop", "Nomor Objek Pajak (NOP)", TEXT, true, "18 digit sesuai SPPT, contoh 16.71.050.009.001-0123.0.",
						30),
				field("tahun-pajak", "Tahun pajak", NUMBER, true, null, 4),
				field("alamat-objek", "Letak objek pajak", ADDRESS, true, null, 300),
				field("alasan", "Alasan permohonan pengurangan", TEXTAREA, true,
						"Contoh: penghasilan menurun, pensiunan, objek terkena bencana.", 1000));
		String body = kelurahanLetter("""
				<p>adalah benar warga ${unit.nama} dan wajib pajak atas objek PBB-P2 dengan NOP ${nop} yang terletak \
				di ${alamat-objek}. Berdasarkan pengamatan kami, keadaan ekonomi wajib pajak tersebut layak \
				dipertimbangkan untuk memperoleh pengurangan PBB-P2 tahun pajak ${tahun-pajak}, dengan alasan: \
				${alasan}.</p>
				<p>Surat keterangan ini diberikan sebagai kelengkapan permohonan pengurangan PBB-P2 kepada Badan \
				Pendapatan Daerah.</p>""");
		return new Seed("sk-pengurangan-pbb", new ServiceDefinition("Surat Keterangan Pengurangan PBB",
				"Keterangan kelurahan sebagai syarat permohonan pengurangan Pajak Bumi dan Bangunan Perdesaan dan "
						+ "Perkotaan (PBB-P2) kepada Bapenda.",
				IssuerKind.KELURAHAN, null, List.of(EVENT_PAJAK),
				standard(reqs, "1 (satu) hari kerja sejak berkas dinyatakan lengkap.", FREE,
						"Surat Keterangan untuk Pengurangan PBB-P2 yang ditandatangani secara elektronik.", "Lurah",
						DASAR_KELURAHAN + " UU Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat "
								+ "dan Pemerintahan Daerah; Perda tentang Pajak Daerah."),
				form, reqs, steps(StepKind.VERIFY, 1, 1),
				new DocumentSpec("Surat Keterangan untuk Pengurangan PBB-P2", body,
						"973/{nomor}/PBB/KEL/{bulan-romawi}/{tahun}", null),
				0, false, false, 1));
	}

	// ---------------------------------------------------------------- DPMPTSP

	private static Seed izinUsahaMikroKecil() {
		List<RequirementSpec> reqs = List.of(ktp(), kk(),
				photo("pas-foto", "Pas foto berwarna 4x6", true, null),
				doc("keterangan-domisili-usaha", "Surat keterangan domisili usaha dari kelurahan", true, null),
				photo("foto-lokasi", "Foto lokasi/tempat usaha", true, null),
				doc("npwp", "NPWP pemilik usaha", false, null),
				doc("pernyataan-komitmen", "Surat pernyataan kesanggupan memenuhi komitmen bermeterai Rp10.000", true,
						"Berisi kesanggupan memenuhi ketentuan lingkungan, ketertiban dan kebersihan."));
		List<FormField> form = List.of(
				field("nama-usaha", "Nama usaha", TEXT, true, null, 200),
				choice("bidang-usaha", "Bidang usaha", true, null, "Perdagangan", "Jasa", "Kuliner",
						"Industri rumahan", "Pertanian/perikanan", "Lainnya"),
				field("kegiatan-usaha", "Uraian kegiatan usaha", TEXTAREA, true, null, 1000),
				field("alamat-usaha", "Alamat tempat usaha", ADDRESS, true, null, 300),
				field("kelurahan-usaha", "Kelurahan/desa tempat usaha", KELURAHAN, true, null, null),
				field("modal-usaha", "Modal usaha (Rupiah, tidak termasuk tanah dan bangunan)", NUMBER, true,
						"Usaha mikro paling banyak Rp1 miliar, usaha kecil lebih dari Rp1 miliar sampai Rp5 miliar.",
						15),
				field("tenaga-kerja", "Jumlah tenaga kerja (orang)", NUMBER, true, null, 4),
				field("mulai-usaha", "Tanggal mulai usaha", DATE, false, null, null));
		String body = """
				<p>Kepala ${unit.nama}, setelah memeriksa permohonan, hasil peninjauan lapangan dan pemenuhan \
				komitmen, dengan ini memberikan Izin Usaha Mikro dan Kecil kepada:</p>
				<table>
				<tr><td>Nama pemilik</td><td>: ${pemohon.nama}</td></tr>
				<tr><td>NIK</td><td>: ${pemohon.nik}</td></tr>
				<tr><td>Alamat pemilik</td><td>: ${pemohon.alamat}</td></tr>
				<tr><td>Nama usaha</td><td>: ${nama-usaha}</td></tr>
				<tr><td>Bidang usaha</td><td>: ${bidang-usaha}</td></tr>
				<tr><td>Kegiatan usaha</td><td>: ${kegiatan-usaha}</td></tr>
				<tr><td>Alamat usaha</td><td>: ${alamat-usaha}</td></tr>
				<tr><td>Modal usaha</td><td>: Rp${modal-usaha}</td></tr>
				<tr><td>Tenaga kerja</td><td>: ${tenaga-kerja} orang</td></tr>
				</table>
				<p>Izin ini berlaku selama 5 (lima) tahun sejak tanggal ditetapkan dan dapat diperpanjang. Pemegang \
				izin wajib memenuhi komitmen yang telah dinyatakan dan mematuhi ketentuan peraturan \
				perundang-undangan.</p>""";
		List<WorkflowStep> workflow = List.of(
				new WorkflowStep("verifikasi", "Verifikasi berkas", StepKind.VERIFY, Role.PETUGAS_LAYANAN, 2),
				new WorkflowStep("tinjau-lapangan", "Peninjauan lapangan", StepKind.INSPECT, Role.PETUGAS_LAPANGAN, 3),
				new WorkflowStep("komitmen", "Pemenuhan komitmen", StepKind.KOMITMEN, Role.PETUGAS_LAYANAN, 5),
				new WorkflowStep("tanda-tangan", "Persetujuan dan penandatanganan", StepKind.APPROVE_AND_SIGN,
						Role.PEJABAT_PENANDATANGAN, 2));
		ServiceStandard standard = new ServiceStandard(persyaratan(reqs),
				"""
						1. Pemohon mengisi formulir dan mengunggah persyaratan di SatuKota. \
						2. Petugas DPMPTSP memverifikasi berkas; bila belum lengkap, permohonan dikembalikan untuk \
						dilengkapi. 3. Petugas melakukan peninjauan lapangan ke tempat usaha. 4. Pemohon memenuhi \
						komitmen yang ditetapkan (misalnya pengelolaan sampah dan ketertiban). 5. Kepala DPMPTSP \
						menyetujui dan menandatangani izin secara elektronik. 6. Pemohon mengunduh izin dari SatuKota.""",
				"10 (sepuluh) hari kerja sejak berkas dinyatakan lengkap, tidak termasuk waktu pemenuhan komitmen "
						+ "oleh pemohon.",
				FREE, "Izin Usaha Mikro dan Kecil (IUMK) yang ditandatangani secara elektronik, berlaku 5 tahun.",
				PENGADUAN.formatted("Kepala DPMPTSP"),
				"UU Nomor 20 Tahun 2008 tentang UMKM; UU Nomor 6 Tahun 2023 tentang Penetapan Perpu Cipta Kerja; "
						+ "PP Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan dan Pemberdayaan Koperasi dan UMKM; "
						+ "Perpres Nomor 98 Tahun 2014 tentang Perizinan untuk Usaha Mikro dan Kecil.",
				SARANA, KOMPETENSI.replace("administrasi kependudukan", "perizinan berusaha"), PENGAWASAN,
				"3 (tiga) orang: petugas front office, petugas lapangan dan pejabat penandatangan.",
				JAMINAN_PELAYANAN, JAMINAN_KEAMANAN, EVALUASI);
		return new Seed("izin-usaha-mikro-kecil", new ServiceDefinition("Izin Usaha Mikro dan Kecil (IUMK)",
				"Izin bagi usaha mikro dan kecil untuk kepastian berusaha, akses permodalan perbankan dan "
						+ "pendampingan. Diterbitkan DPMPTSP setelah peninjauan lapangan dan pemenuhan komitmen.",
				IssuerKind.OPD, "DPMPTSP", List.of(EVENT_USAHA), standard, form, reqs, workflow,
				new DocumentSpec("Izin Usaha Mikro dan Kecil", body, "503/{nomor}/IUMK/DPMPTSP/{tahun}", 60), 0,
				true, true, 10));
	}

	// ---------------------------------------------------------------- building blocks

	private static String kelurahanLetter(String rest) {
		return """
				<p>Yang bertanda tangan di bawah ini, Lurah pada ${unit.nama}, menerangkan dengan sebenarnya bahwa:</p>
				<table>
				<tr><td>Nama</td><td>: ${pemohon.nama}</td></tr>
				<tr><td>NIK</td><td>: ${pemohon.nik}</td></tr>
				<tr><td>Alamat</td><td>: ${pemohon.alamat}</td></tr>
				</table>
				""" + rest;
	}

	private static ServiceStandard standard(List<RequirementSpec> reqs, String jangkaWaktu, String biaya,
			String produk, String head, String dasarHukum) {
		String office = head.equals("Camat") ? "kantor kecamatan" : "kantor kelurahan";
		String prosedur = """
				1. Pemohon mengisi formulir dan mengunggah persyaratan di SatuKota, atau datang ke %1$s membawa \
				formulir dan persyaratan. 2. Petugas layanan memverifikasi berkas; bila belum lengkap, permohonan \
				dikembalikan kepada pemohon dengan penjelasan per persyaratan. 3. %2$s memeriksa dan menandatangani \
				surat secara elektronik. 4. Pemohon menerima pemberitahuan dan mengunduh surat dari SatuKota atau \
				mengambil cetakannya di %1$s.""".formatted(office, head);
		return new ServiceStandard(persyaratan(reqs), prosedur, jangkaWaktu, biaya, produk,
				PENGADUAN.formatted(head), dasarHukum, SARANA, KOMPETENSI, PENGAWASAN,
				"2 (dua) orang: petugas layanan dan " + head + " sebagai pejabat penandatangan.", JAMINAN_PELAYANAN,
				JAMINAN_KEAMANAN, EVALUASI);
	}

	private static String persyaratan(List<RequirementSpec> reqs) {
		StringBuilder text = new StringBuilder();
		int n = 1;
		for (RequirementSpec r : reqs) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(n++).append(". ").append(r.label()).append(r.mandatory() ? "" : " (bila ada/diperlukan)")
				.append(';');
		}
		text.setLength(text.length() - 1);
		return text.append('.').toString();
	}

	private static List<WorkflowStep> steps(StepKind first, int verifyDays, int signDays) {
		return List.of(new WorkflowStep("verifikasi", "Verifikasi berkas", first, Role.PETUGAS_LAYANAN, verifyDays),
				new WorkflowStep("tanda-tangan", "Persetujuan dan penandatanganan", StepKind.APPROVE_AND_SIGN,
						Role.PEJABAT_PENANDATANGAN, signDays));
	}

	private static RequirementSpec pengantarRtRw() {
		return doc("pengantar-rt-rw", "Surat Pengantar RT/RW", true, "Surat pengantar dari Ketua RT dan Ketua RW setempat.");
	}

	private static RequirementSpec ktp() {
		return doc("ktp", "KTP-el", true, "Foto atau pindaian KTP-el pemohon.");
	}

	private static RequirementSpec kk() {
		return doc("kk", "Kartu Keluarga", true, "Foto atau pindaian Kartu Keluarga pemohon.");
	}

	private static RequirementSpec doc(String key, String label, boolean mandatory, String help) {
		return new RequirementSpec(key, label, mandatory, DOCUMENTS, TWO_MB, help);
	}

	private static RequirementSpec photo(String key, String label, boolean mandatory, String help) {
		return new RequirementSpec(key, label, mandatory, PHOTOS, TWO_MB, help);
	}

	private static FormField keperluan() {
		return field("keperluan", "Keperluan", TEXT, true, "Untuk apa surat ini, contoh: melamar pekerjaan.", 200);
	}

	private static FormField field(String key, String label, FieldType type, boolean required, String help,
			Integer maxLength) {
		return new FormField(key, label, type, required, help, List.of(), maxLength);
	}

	private static FormField choice(String key, String label, boolean required, String help, String... choices) {
		return new FormField(key, label, CHOICE, required, help, List.of(choices), null);
	}
}
