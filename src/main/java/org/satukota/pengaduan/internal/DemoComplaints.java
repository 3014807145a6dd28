package org.satukota.pengaduan.internal;

import java.util.List;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a few dozen realistic reports in every state, so the public list, map and figures are not empty
 * and the routing suggester has past decisions to learn from. Filed through the normal flow with fixed keys, so a
 * restart adds nothing twice.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoComplaints implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	/** What happens to a demo report after filing. */
	enum Fate {
		NEW, HELD, DISPOSED, IN_PROGRESS, ANSWERED, RATED, REOPENED, NOT_COMPETENT, ARCHIVED
	}

	record Demo(String category, String title, String description, double dLat, double dLon, Fate fate,
			boolean anonim, boolean rahasia) {
	}

	static final List<Demo> REPORTS = List.of(
			new Demo("jalan-rusak", "Jalan berlubang di Jl. Kolonel Atmo", "Lubang sedalam 15 cm di depan toko emas, sudah dua pengendara motor jatuh.", 0.001, 0.002, Fate.RATED, false, false),
			new Demo("jalan-rusak", "Aspal mengelupas di Jl. Merdeka", "Aspal terkelupas sepanjang 20 meter setelah hujan deras.", 0.004, -0.003, Fate.IN_PROGRESS, false, false),
			new Demo("jalan-rusak", "Jalan amblas dekat jembatan Ampera", "Badan jalan amblas di sisi kiri, dipasang ban bekas oleh warga.", -0.002, 0.006, Fate.ANSWERED, true, false),
			new Demo("drainase-tersumbat", "Got tersumbat sampah di Lorong Sei Tawar", "Air got meluap ke jalan setiap hujan karena tersumbat sampah plastik.", 0.006, 0.001, Fate.DISPOSED, false, false),
			new Demo("drainase-tersumbat", "Genangan air di depan SD Negeri 5", "Genangan setinggi mata kaki tidak surut dua hari.", -0.005, -0.004, Fate.RATED, false, false),
			new Demo("banjir", "Banjir di perumahan Sako", "Air masuk rumah 30 cm, warga butuh perahu karet.", 0.02, 0.03, Fate.ANSWERED, false, false),
			new Demo("sampah-menumpuk", "TPS Pasar 16 tidak diangkut", "Sampah menumpuk sejak tiga hari, bau menyengat ke pasar.", 0.0, 0.0, Fate.RATED, false, false),
			new Demo("sampah-menumpuk", "Sampah di pinggir Jl. Sudirman", "Tumpukan sampah rumah tangga di trotoar dekat halte.", 0.003, 0.004, Fate.NEW, false, false),
			new Demo("tps-liar", "Pembuangan sampah liar di lahan kosong", "Warga membuang sampah ke lahan kosong di belakang masjid.", -0.008, 0.005, Fate.IN_PROGRESS, true, false),
			new Demo("pencemaran", "Asap pabrik karet mengganggu", "Bau dan asap pabrik karet tercium sampai permukiman setiap malam.", 0.015, -0.02, Fate.DISPOSED, true, false),
			new Demo("pohon-tumbang", "Pohon miring di Jl. Kapten Rivai", "Pohon angsana miring ke jalan dan rawan tumbang saat angin kencang.", -0.003, 0.008, Fate.RATED, false, false),
			new Demo("lampu-jalan-mati", "Lampu jalan mati di Jl. Radial", "Lima tiang lampu jalan padam, jalan gelap dan rawan begal.", 0.007, -0.006, Fate.ANSWERED, false, false),
			new Demo("lampu-lalu-lintas", "Lampu merah mati di Simpang Charitas", "Lampu lalu lintas mati sejak pagi, macet panjang.", 0.002, -0.001, Fate.RATED, false, false),
			new Demo("lampu-lalu-lintas", "Lampu hijau terlalu singkat di Simpang Polda", "Durasi lampu hijau hanya 10 detik, antrean kendaraan panjang.", 0.009, 0.002, Fate.REOPENED, false, false),
			new Demo("parkir-liar", "Parkir liar di bahu jalan depan mal", "Mobil parkir dua lapis di bahu jalan, juru parkir liar memungut Rp5.000.", 0.001, -0.004, Fate.IN_PROGRESS, false, false),
			new Demo("angkutan", "Halte rusak di Jl. Jenderal Sudirman", "Atap halte bus bocor dan kursinya patah.", 0.0035, 0.0045, Fate.DISPOSED, false, false),
			new Demo("pkl-liar", "PKL menutup trotoar di Pasar Cinde", "Pedagang berjualan di trotoar sehingga pejalan kaki turun ke jalan.", -0.001, -0.002, Fate.ANSWERED, false, false),
			new Demo("bangunan-liar", "Bangunan di atas saluran air", "Warung semi permanen dibangun di atas saluran drainase.", -0.012, 0.01, Fate.HELD, false, false),
			new Demo("ketertiban", "Balap liar setiap malam Minggu", "Balap liar di Jl. Soekarno-Hatta sampai dini hari, sangat bising.", 0.03, -0.01, Fate.IN_PROGRESS, true, false),
			new Demo("layanan-puskesmas", "Antrean panjang di Puskesmas", "Pasien menunggu lebih dari tiga jam, loket hanya satu.", 0.005, 0.007, Fate.RATED, false, false),
			new Demo("demam-berdarah", "Permintaan fogging di RT 05", "Tiga warga dirawat karena DBD dalam seminggu.", -0.006, 0.003, Fate.ANSWERED, false, false),
			new Demo("bansos", "Bansos tidak tepat sasaran", "Tetangga yang mampu menerima bansos, lansia miskin tidak.", 0.011, 0.004, Fate.DISPOSED, false, true),
			new Demo("odgj-terlantar", "ODGJ terlantar di bawah jembatan", "Seorang ODGJ tinggal di bawah jembatan, tidak terurus.", -0.004, 0.012, Fate.IN_PROGRESS, false, false),
			new Demo("ktp-el", "Blanko KTP-el kosong berbulan-bulan", "Sudah rekam sejak tiga bulan lalu, KTP belum dicetak.", 0.0, 0.009, Fate.RATED, false, false),
			new Demo("kk", "Perubahan KK belum selesai", "Pengajuan pisah KK belum selesai setelah dua minggu.", 0.002, 0.011, Fate.NEW, false, false),
			new Demo("izin-usaha", "Pengurusan izin usaha berbelit", "Diminta dokumen yang tidak ada di persyaratan.", 0.0015, -0.0075, Fate.ANSWERED, false, false),
			new Demo("kebakaran-lahan", "Asap kebakaran lahan di Gandus", "Asap tebal dari lahan gambut terbakar, mata perih.", -0.03, -0.04, Fate.RATED, false, false),
			new Demo("pajak-daerah", "Tagihan PBB ganda", "Tagihan PBB 2026 terbit dua kali untuk objek yang sama.", 0.008, 0.008, Fate.NOT_COMPETENT, false, false),
			new Demo("layanan-digital", "Wi-Fi taman kota tidak bisa diakses", "Wi-Fi gratis di Taman Kambang Iwak tidak tersambung.", 0.004, 0.001, Fate.RATED, false, false),
			new Demo("jembatan-rusak", "Jembatan gantung di Kertapati goyang", "Lantai papan jembatan banyak yang lapuk.", -0.025, 0.005, Fate.DISPOSED, false, false),
			new Demo("lainnya", "Jual beli promosi", "Klik tautan ini untuk hadiah.", 0.0, 0.0, Fate.ARCHIVED, false, false),
			new Demo("pungli", "Pungutan liar oleh oknum petugas", "Diminta uang tambahan saat mengurus surat di kantor kelurahan.", 0.0, 0.0, Fate.NEW, true, true));

	private final Intake intake;

	private final Handling handling;

	private final ComplaintRepository repository;

	private final Categories categories;

	private final Units units;

	private final RoutingAdvice routing;

	private final JdbcClient jdbc;

	DemoComplaints(Intake intake, Handling handling, ComplaintRepository repository, Categories categories,
			Units units, RoutingAdvice routing, JdbcClient jdbc) {
		this.intake = intake;
		this.handling = handling;
		this.repository = repository;
		this.categories = categories;
		this.units = units;
		this.routing = routing;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM pengaduan WHERE channel = 'demo'").query(Long.class).single() > 0) {
			return;
		}
		List<UnitView> kelurahans = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).toList();
		Actor coordinator = new Actor("admin.pengaduan", "ADMIN_PENGADUAN", units.city().id());
		int filed = 0;
		for (int i = 0; i < REPORTS.size(); i++) {
			Demo demo = REPORTS.get(i);
			String category = categories.activeLeaf(demo.category()).isPresent() ? demo.category() : "lainnya";
			Long kelurahan = kelurahans.isEmpty() ? null : kelurahans.get(i % kelurahans.size()).id();
			ComplaintSubmission submission = new ComplaintSubmission("demo", "demo-" + i,
					i % 7 == 3 ? ComplaintKind.ASPIRASI : ComplaintKind.PENGADUAN, category, demo.title(),
					demo.description(), -2.976 + demo.dLat(), 104.775 + demo.dLon(), kelurahan, null, null,
					i % 2 == 0 ? "Siti Aminah" : "Budi Santoso", null, null, demo.anonim(), demo.rahasia(), null);
			try {
				Intake.Outcome outcome = intake.file(submission, List.of(), List.of(), false);
				if (!outcome.succeeded()) {
					continue;
				}
				filed++;
				apply(repository.find(outcome.receipt().complaintId()).orElseThrow(), demo.fate(), coordinator);
			}
			catch (RuntimeException ex) {
				log.warn("Demo complaint {} not completed: {}", i, ex.getMessage());
			}
		}
		routing.retrain();
		log.info("Demo mode: {} demo complaints filed", filed);
	}

	private void apply(Complaint c, Fate fate, Actor coordinator) {
		long opd = categories.row(c.categoryCode).map(categories::defaultOpdId).orElse(units.city().id());
		Actor liaison = new Actor("penghubung.demo", "ADMIN_PENGHUBUNG_OPD", opd);
		Actor reporter = Actor.citizen("tamu-" + c.trackingNumber);
		switch (fate) {
			case NEW -> {
			}
			case HELD -> handling.hold(c.id, "Mohon sebutkan nomor rumah atau patokan terdekat.", coordinator);
			case NOT_COMPETENT -> handling.notCompetent(c.id,
					"Tagihan PBB ganda ditangani Badan Pendapatan Daerah melalui loket keberatan; silakan ajukan di sana.",
					coordinator);
			case ARCHIVED -> handling.archive(c.id, "Spam: tautan promosi.", coordinator);
			default -> {
				handling.dispose(c.id, List.of(opd), null, coordinator);
				if (fate == Fate.DISPOSED) {
					return;
				}
				handling.accept(c.id, opd, liaison);
				handling.progress(c.id, opd, "Petugas sudah meninjau lokasi dan menjadwalkan penanganan.", List.of(),
						liaison);
				if (fate == Fate.IN_PROGRESS) {
					return;
				}
				handling.answer(c.id, opd, "Sudah ditangani oleh petugas lapangan. Terima kasih atas laporannya.",
						List.of(), liaison);
				if (fate == Fate.RATED) {
					handling.rate(c.id, 3 + (c.trackingNumber.hashCode() & 1) + (c.title.length() % 2), "Terima kasih",
							reporter);
				}
				else if (fate == Fate.REOPENED) {
					handling.reopen(c.id, "Masih terjadi pada jam sibuk.", reporter);
				}
			}
		}
	}
}
