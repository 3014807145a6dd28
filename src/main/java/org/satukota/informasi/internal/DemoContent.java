package org.satukota.informasi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.satukota.berkas.Upload;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.PdfRenderer;
import org.satukota.shared.Actor;
import org.satukota.shared.UpdateFrequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a few news items, announcements (one of them visibly late), agenda items, regulations with small
 * generated PDFs, office coordinates and per-kecamatan emergency contacts with fictitious numbers. Runs once: it
 * does nothing when the portal already has content.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final ContentEditing editing;

	private final ContactDirectory contacts;

	private final Units units;

	private final ObjectProvider<PdfRenderer> pdf;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoContent(ContentEditing editing, ContactDirectory contacts, Units units, ObjectProvider<PdfRenderer> pdf,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.editing = editing;
		this.contacts = contacts;
		this.units = units;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM informasi_konten").query(Long.class).single() > 0) {
			return;
		}
		transactions.executeWithoutResult(tx -> seed());
		log.info("Demo mode: portal content, emergency contacts and office locations created");
	}

	private void seed() {
		List<UnitView> all = units.activeUnits();
		UnitView city = units.city();
		UnitView kominfo = opd(all, "KOMINFO").orElse(city);
		UnitView dagang = opd(all, "DAG").or(() -> opd(all, "PERDAG")).orElse(kominfo);
		UnitView dinkes = opd(all, "DINKES").orElse(kominfo);
		UnitView hukum = opd(all, "HUKUM").orElse(kominfo);
		ZoneId zone = units.cityProfile().zone();
		Instant now = clock.instant();
		String cityName = units.cityProfile().name();

		news(ContentKind.BERITA, kominfo, "Surat keterangan kini bisa diajukan dari rumah",
				"Warga " + cityName + " dapat mengajukan surat keterangan tanpa antre di kantor kelurahan.",
				"Mulai bulan ini, surat keterangan domisili, surat keterangan tidak mampu (SKTM) dan pengantar nikah "
						+ "dapat diajukan secara daring. Petugas kelurahan memeriksa berkas dan pemohon menerima "
						+ "pemberitahuan setiap kali status berubah.\n\nLihat persyaratannya di "
						+ "[halaman Surat Keterangan Domisili](/layanan/sk-domisili) atau cari layanan lain di "
						+ "[katalog layanan](/layanan).",
				UpdateFrequency.AS_NEEDED, null);
		news(ContentKind.BERITA, dinkes, "Posyandu dan puskesmas buka layanan imunisasi tambahan",
				"Imunisasi kejar untuk balita di semua puskesmas.",
				"Dinas Kesehatan membuka layanan imunisasi kejar bagi balita yang belum lengkap imunisasinya. "
						+ "Bawa buku KIA ke puskesmas terdekat pada jam kerja.\n\nNomor ambulans per kecamatan "
						+ "tersedia di [halaman kontak dan nomor darurat](/kontak).",
				UpdateFrequency.AS_NEEDED, null);
		long prices = news(ContentKind.PENGUMUMAN, dagang, "Harga sembako pekan ini di pasar tradisional",
				"Harga beras, gula, minyak goreng, cabai dan bawang di pasar-pasar kota.",
				"Harga rata-rata pekan ini: beras medium Rp13.500/kg, beras premium Rp15.000/kg, gula pasir "
						+ "Rp17.000/kg, minyak goreng curah Rp15.500/liter, cabai merah Rp40.000/kg, bawang merah "
						+ "Rp35.000/kg.\n\nData lengkap per pasar dan komoditas tersedia di [portal data](/data).",
				UpdateFrequency.WEEKLY, null);
		// Left three weeks behind on purpose, so the demo shows how lateness is made visible.
		jdbc.sql("UPDATE informasi_konten SET updated_at = ?, published_at = ? WHERE id = ?")
			.params(Timestamp.from(now.minus(Duration.ofDays(21))), Timestamp.from(now.minus(Duration.ofDays(21))),
					prices)
			.update();
		news(ContentKind.PENGUMUMAN, kominfo, "Jam layanan kantor kelurahan selama libur nasional",
				"Kantor kelurahan tutup pada hari libur nasional dan cuti bersama.",
				"Permohonan daring tetap dapat diajukan; tenggat layanan dihitung dalam hari kerja.",
				UpdateFrequency.AS_NEEDED, null);

		LocalDate today = LocalDate.ofInstant(now, zone);
		agenda(kominfo, "Sosialisasi layanan daring SatuKota", today.plusDays(5), 9, "Aula Kantor Wali Kota",
				"Sosialisasi bagi ketua RT/RW tentang pengajuan surat dan pengaduan secara daring.");
		agenda(dinkes, "Pemeriksaan kesehatan gratis", today.plusDays(12), 8, "Lapangan Kambang Iwak",
				"Pemeriksaan tekanan darah, gula darah dan konsultasi gizi tanpa biaya.");
		agenda(city, "Musyawarah perencanaan pembangunan (Musrenbang) kota", today.plusDays(20), 8,
				"Gedung serbaguna kota", "Penyampaian usulan pembangunan dari kecamatan untuk tahun depan.");

		document(ContentKind.REGULASI, hukum, "Peraturan Daerah tentang Penyelenggaraan Pelayanan Publik",
				"Perda Nomor 3 Tahun 2024", "Standar pelayanan, maklumat pelayanan dan pengelolaan pengaduan.",
				UpdateFrequency.YEARLY);
		document(ContentKind.REGULASI, hukum, "Peraturan Wali Kota tentang Keterbukaan Informasi Publik",
				"Perwali Nomor 12 Tahun 2023", "Tata cara permohonan informasi publik kepada PPID.",
				UpdateFrequency.YEARLY);
		document(ContentKind.DOKUMEN, kominfo, "Formulir permohonan informasi publik (PPID)", null,
				"Formulir untuk meminta informasi publik kepada PPID kota.", UpdateFrequency.AS_NEEDED);

		emergencyContacts(all, now);
		offices(city, List.of(kominfo, dinkes, dagang), now);
	}

	private long news(ContentKind kind, UnitView unit, String title, String summary, String body,
			UpdateFrequency frequency, Upload image) {
		return editing.create(kind, unit.id(), new ContentDetails(title, summary, body, null, null, null, null, null,
				frequency, null, null), new ContentEditing.Files(image, null), true, actor(unit));
	}

	private void agenda(UnitView unit, String title, LocalDate day, int hour, String place, String body) {
		ZoneId zone = units.cityProfile().zone();
		Instant starts = day.atTime(hour, 0).atZone(zone).toInstant();
		editing.create(ContentKind.AGENDA, unit.id(), new ContentDetails(title, null, body, starts,
				starts.plus(Duration.ofHours(3)), place, null, null, UpdateFrequency.AS_NEEDED, null, null),
				ContentEditing.Files.NONE, true, actor(unit));
	}

	private void document(ContentKind kind, UnitView unit, String title, String number, String body,
			UpdateFrequency frequency) {
		PdfRenderer renderer = pdf.getIfAvailable();
		Upload file = null;
		if (renderer != null) {
			String xhtml = "<h1>" + escape(title) + "</h1>" + (number == null ? "" : "<p>" + escape(number) + "</p>")
					+ "<p>" + escape(body) + "</p><p>Dokumen contoh untuk demonstrasi SatuKota.</p>";
			file = new Upload(slug(title) + ".pdf", renderer.render(title, xhtml));
		}
		editing.create(kind, unit.id(), new ContentDetails(title, null, body, null, null, null, number, null,
				frequency, null, null), new ContentEditing.Files(null, file), file != null, actor(unit));
	}

	private void emergencyContacts(List<UnitView> all, Instant now) {
		int n = 0;
		for (UnitView kecamatan : all) {
			if (kecamatan.type() != UnitType.KECAMATAN || contacts.hasEmergencyContacts(kecamatan.id())) {
				continue;
			}
			n++;
			String name = kecamatan.name().replaceFirst("^Kecamatan ", "");
			String suffix = String.format(Locale.ROOT, "%04d", n);
			contacts.addEmergency(kecamatan.id(), EmergencyKind.AMBULANS, "Ambulans Puskesmas " + name, "118",
					"0811-7100-" + suffix, now);
			contacts.addEmergency(kecamatan.id(), EmergencyKind.MOBIL_JENAZAH, "Mobil jenazah Kecamatan " + name, null,
					"0811-7200-" + suffix, now);
			contacts.addEmergency(kecamatan.id(), EmergencyKind.PEMADAM, "Pos Pemadam Kebakaran " + name, "113",
					"0811-7300-" + suffix, now);
			contacts.addEmergency(kecamatan.id(), EmergencyKind.POLISI, "Polsek " + name, "110", null, now);
		}
	}

	private void offices(UnitView city, List<UnitView> opds, Instant now) {
		// Approximate demo positions around the city hall; Palembang only (other cities get no map until an
		// administrator enters coordinates).
		if (!"16.71".equals(units.cityProfile().code())) {
			return;
		}
		contacts.saveOffice(city.id(), "0811-7000-0001", -2.9893, 104.7560, now);
		double offset = 0.004;
		for (UnitView opd : opds) {
			if (opd.id() != city.id()) {
				contacts.saveOffice(opd.id(), null, -2.9893 + offset, 104.7560 + offset, now);
				offset += 0.003;
			}
		}
	}

	private static Actor actor(UnitView unit) {
		return new Actor(Actor.SYSTEM.username(), "PENGELOLA_DATA", unit.id());
	}

	private static Optional<UnitView> opd(List<UnitView> all, String fragment) {
		return all.stream()
			.filter(u -> u.type() == UnitType.OPD && u.code() != null
					&& u.code().toUpperCase(Locale.ROOT).contains(fragment))
			.findFirst();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String slug(String title) {
		return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
