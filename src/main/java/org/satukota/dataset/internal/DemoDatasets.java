package org.satukota.dataset.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.UpdateFrequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the datasets Palembang's old portal promised and let go stale. Staple-food prices (harga
 * sembako) in six markets for ten commodities, weekly for eighteen months, plausible rupiah prices with the
 * Ramadan and Idul Adha peaks; job vacancies (deliberately a month and a half old, so the demo shows a dataset
 * marked late); investment opportunities. Each is created once; existing datasets are never touched.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoDatasets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDatasets.class);

	static final String SEMBAKO = "harga-sembako-pasar-tradisional";

	static final List<String> MARKETS = List.of("Pasar 16 Ilir", "Pasar Cinde", "Pasar Lemabang", "Pasar KM 5",
			"Pasar Sekip Ujung", "Pasar Kebun Semai");

	private static final double[] MARKET_OFFSET = { 0.0, 0.02, -0.015, 0.01, -0.02, 0.005 };

	/** Commodity, unit, base price (Rp) and weekly volatility. */
	private record Commodity(String name, String unit, double base, double volatility) {
	}

	private static final List<Commodity> COMMODITIES = List.of(new Commodity("Beras medium", "kg", 13_000, 0.004),
			new Commodity("Beras premium", "kg", 15_200, 0.004), new Commodity("Gula pasir", "kg", 17_500, 0.006),
			new Commodity("Minyak goreng curah", "liter", 17_000, 0.008),
			new Commodity("Telur ayam ras", "kg", 28_000, 0.02), new Commodity("Daging ayam ras", "kg", 36_000, 0.02),
			new Commodity("Daging sapi", "kg", 140_000, 0.006),
			new Commodity("Cabai merah keriting", "kg", 42_000, 0.07),
			new Commodity("Bawang merah", "kg", 38_000, 0.04), new Commodity("Bawang putih", "kg", 36_000, 0.025));

	/** Idul Fitri and Idul Adha (approximate): prices rise in the weeks before. */
	private static final List<LocalDate> FEASTS = List.of(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 6, 17),
			LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 6), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 27),
			LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 16));

	static final int WEEKS = 78;

	private final DatasetRepository repository;

	private final Units units;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDatasets(DatasetRepository repository, Units units, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ZoneId zone = units.cityProfile().zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		UnitView city = units.city();
		UnitView trade = opd("DISDAG", "DINDAG", "DISPERINDAG", "SETDA").orElse(city);
		UnitView investment = opd("DPMPTSP").orElse(city);
		UnitView labour = opd("DISNAKER", "DISNAKERTRANS", "DPMPTSP").orElse(city);
		int created = 0;
		created += seed(sembako(trade.id(), lastMonday, zone)) ? 1 : 0;
		created += seed(vacancies(labour.id(), today.minusDays(45), zone)) ? 1 : 0;
		created += seed(investments(investment.id(), today.minusDays(80), zone)) ? 1 : 0;
		if (created > 0) {
			log.info("Demo mode: {} open datasets created", created);
		}
	}

	private record Seed(Dataset draft, List<Map<String, Object>> rows, Instant updatedAt) {
	}

	private boolean seed(Seed seed) {
		if (repository.slugTaken(seed.draft().slug())) {
			return false;
		}
		Boolean done = transactions.execute(tx -> {
			try {
				long id = repository.insert(seed.draft());
				repository.log(id, 0, seed.updatedAt(), Actor.SYSTEM.username(), "DEFINED", 0, null);
				repository.insertRows(id, 1, seed.rows());
				repository.setPublished(id, true, seed.updatedAt());
				repository.bump(id, 1, seed.updatedAt(), Actor.SYSTEM.username(), "PUBLISHED", "demo");
				repository.backdate(id, seed.updatedAt());
				return true;
			}
			catch (DuplicateKeyException otherNode) {
				tx.setRollbackOnly();
				return false;
			}
		});
		return Boolean.TRUE.equals(done);
	}

	private Seed sembako(long owner, LocalDate lastMonday, ZoneId zone) {
		List<ColumnSpec> columns = List.of(new ColumnSpec("tanggal", "Tanggal", ColumnType.DATE, true, null, List.of()),
				new ColumnSpec("pasar", "Pasar", ColumnType.CHOICE, true, null, MARKETS),
				new ColumnSpec("komoditas", "Komoditas", ColumnType.CHOICE, true, null,
						COMMODITIES.stream().map(Commodity::name).toList()),
				new ColumnSpec("satuan", "Satuan", ColumnType.CHOICE, true, null, List.of("kg", "liter")),
				new ColumnSpec("harga", "Harga", ColumnType.INTEGER, true, "Rp", List.of()));
		Random random = new Random(1671);
		List<Map<String, Object>> rows = new ArrayList<>();
		LocalDate first = lastMonday.minusWeeks(WEEKS - 1L);
		double[] level = new double[COMMODITIES.size()];
		for (int c = 0; c < level.length; c++) {
			level[c] = 1.0;
		}
		for (int w = 0; w < WEEKS; w++) {
			LocalDate date = first.plusWeeks(w);
			for (int c = 0; c < COMMODITIES.size(); c++) {
				Commodity commodity = COMMODITIES.get(c);
				// A mean-reverting walk around a slow upward trend (about 4 % a year).
				double trend = 1.0 + 0.04 * w / 52.0;
				level[c] += commodity.volatility() * random.nextGaussian() - 0.15 * (level[c] - trend);
				double feast = feastPremium(date, commodity);
				for (int m = 0; m < MARKETS.size(); m++) {
					double price = commodity.base() * level[c] * (1 + feast) * (1 + MARKET_OFFSET[m])
							* (1 + 0.008 * random.nextGaussian());
					long step = price >= 20_000 ? 500 : 100;
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("tanggal", date.toString());
					row.put("pasar", MARKETS.get(m));
					row.put("komoditas", commodity.name());
					row.put("satuan", commodity.unit());
					row.put("harga", Math.round(price / step) * step);
					rows.add(row);
				}
			}
		}
		Instant updated = lastMonday.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
		Dataset draft = draft(SEMBAKO, "Harga sembako di pasar tradisional (mingguan)",
				"Harga eceran bahan pokok (beras, gula, minyak goreng, telur, daging, cabai, bawang) di enam pasar "
						+ "tradisional Kota Palembang, dicatat petugas pasar setiap Senin. Harga dalam rupiah per "
						+ "kilogram atau per liter.",
				"CC-BY-4.0", owner, UpdateFrequency.WEEKLY, new ChartSpec("tanggal", "harga", "komoditas"), columns,
				updated);
		return new Seed(draft, rows, updated);
	}

	private static double feastPremium(LocalDate date, Commodity commodity) {
		double premium = 0;
		for (LocalDate feast : FEASTS) {
			long days = ChronoUnit.DAYS.between(date, feast);
			if (days >= -7 && days <= 28) {
				double strength = 1.0 - Math.abs(days - 7) / 28.0;
				double sensitivity = switch (commodity.name()) {
					case "Cabai merah keriting", "Bawang merah" -> 0.25;
					case "Daging sapi", "Daging ayam ras", "Telur ayam ras" -> 0.12;
					case "Gula pasir", "Minyak goreng curah" -> 0.05;
					default -> 0.02;
				};
				premium = Math.max(premium, sensitivity * Math.max(0, strength));
			}
		}
		return premium;
	}

	private Seed vacancies(long owner, LocalDate day, ZoneId zone) {
		List<ColumnSpec> columns = List.of(
				new ColumnSpec("tanggal_tayang", "Tanggal tayang", ColumnType.DATE, true, null, List.of()),
				new ColumnSpec("perusahaan", "Perusahaan", ColumnType.TEXT, true, null, List.of()),
				new ColumnSpec("posisi", "Posisi", ColumnType.TEXT, true, null, List.of()),
				new ColumnSpec("pendidikan", "Pendidikan minimal", ColumnType.CHOICE, true, null,
						List.of("SMA/SMK", "D3", "S1")),
				new ColumnSpec("jumlah", "Jumlah lowongan", ColumnType.INTEGER, true, "orang", List.of()),
				new ColumnSpec("kecamatan", "Kecamatan", ColumnType.TEXT, false, null, List.of()),
				new ColumnSpec("batas_lamaran", "Batas lamaran", ColumnType.DATE, false, null, List.of()));
		String[][] data = { { "PT Pusri Palembang", "Operator produksi", "SMA/SMK", "12", "Kalidoni" },
				{ "PT Pusri Palembang", "Teknisi listrik", "D3", "4", "Kalidoni" },
				{ "RS Muhammadiyah Palembang", "Perawat", "D3", "8", "Ilir Barat I" },
				{ "Bank Sumsel Babel", "Teller", "S1", "6", "Ilir Timur I" },
				{ "PT Pempek Candy", "Staf produksi", "SMA/SMK", "15", "Ilir Barat II" },
				{ "Palembang Indah Mall", "Pramuniaga", "SMA/SMK", "20", "Ilir Timur I" },
				{ "PT Kereta Api Indonesia Divre III", "Petugas layanan penumpang", "SMA/SMK", "10", "Kertapati" },
				{ "Universitas Sriwijaya", "Tenaga kependidikan", "S1", "3", "Ilir Barat I" },
				{ "PT Semen Baturaja", "Analis laboratorium", "D3", "2", "Gandus" },
				{ "Hotel Aryaduta Palembang", "Juru masak", "SMA/SMK", "5", "Bukit Kecil" },
				{ "CV Songket Palembang", "Penenun songket", "SMA/SMK", "7", "Ilir Barat II" },
				{ "PT Telkom Witel Sumsel", "Teknisi jaringan", "D3", "6", "Sukarami" } };
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < data.length; i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("tanggal_tayang", day.minusDays(i * 2L).toString());
			row.put("perusahaan", data[i][0]);
			row.put("posisi", data[i][1]);
			row.put("pendidikan", data[i][2]);
			row.put("jumlah", Long.parseLong(data[i][3]));
			row.put("kecamatan", data[i][4]);
			row.put("batas_lamaran", day.plusDays(30 - i).toString());
			rows.add(row);
		}
		Instant updated = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
		Dataset draft = draft("lowongan-kerja", "Lowongan kerja di Kota Palembang",
				"Lowongan kerja yang dilaporkan perusahaan di Kota Palembang: posisi, pendidikan minimal, jumlah "
						+ "lowongan dan batas lamaran. Diperbarui setiap bulan.",
				"CC-BY-4.0", owner, UpdateFrequency.MONTHLY, null, columns, updated);
		return new Seed(draft, rows, updated);
	}

	private Seed investments(long owner, LocalDate day, ZoneId zone) {
		List<ColumnSpec> columns = List.of(
				new ColumnSpec("sektor", "Sektor", ColumnType.CHOICE, true, null,
						List.of("Pariwisata", "Industri", "Perdagangan", "Infrastruktur", "Energi", "Pertanian")),
				new ColumnSpec("proyek", "Proyek", ColumnType.TEXT, true, null, List.of()),
				new ColumnSpec("lokasi", "Lokasi", ColumnType.TEXT, true, null, List.of()),
				new ColumnSpec("nilai_investasi", "Perkiraan nilai investasi", ColumnType.INTEGER, false, "Rp juta",
						List.of()),
				new ColumnSpec("skema", "Skema", ColumnType.CHOICE, true, null,
						List.of("Swasta penuh", "KPBU", "Kerja sama pemanfaatan aset")),
				new ColumnSpec("status", "Status", ColumnType.CHOICE, true, null,
						List.of("Prastudi kelayakan", "Siap ditawarkan", "Dalam penjajakan")));
		Object[][] data = { { "Pariwisata", "Kawasan wisata tepian Sungai Musi (Benteng Kuto Besak)", "Bukit Kecil", 250_000L, "KPBU", "Siap ditawarkan" },
				{ "Infrastruktur", "Pengolahan sampah menjadi energi (PSEL) Sukawinatan", "Sukarami", 1_200_000L, "KPBU", "Dalam penjajakan" },
				{ "Perdagangan", "Revitalisasi Pasar Cinde", "Bukit Kecil", 400_000L, "Kerja sama pemanfaatan aset", "Dalam penjajakan" },
				{ "Industri", "Sentra industri pempek dan makanan olahan", "Ilir Barat II", 75_000L, "Swasta penuh", "Siap ditawarkan" },
				{ "Pariwisata", "Pengembangan Pulau Kemaro", "Kalidoni", 180_000L, "KPBU", "Prastudi kelayakan" },
				{ "Energi", "PLTS atap gedung pemerintah kota", "Seluruh kota", 60_000L, "KPBU", "Prastudi kelayakan" },
				{ "Pertanian", "Kawasan hortikultura Gandus", "Gandus", 45_000L, "Swasta penuh", "Siap ditawarkan" },
				{ "Infrastruktur", "Gedung parkir terpadu kawasan 16 Ilir", "Ilir Timur I", 150_000L, "Kerja sama pemanfaatan aset", "Siap ditawarkan" } };
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Object[] d : data) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("sektor", d[0]);
			row.put("proyek", d[1]);
			row.put("lokasi", d[2]);
			row.put("nilai_investasi", d[3]);
			row.put("skema", d[4]);
			row.put("status", d[5]);
			rows.add(row);
		}
		Instant updated = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
		Dataset draft = draft("peluang-investasi", "Peluang investasi Kota Palembang",
				"Proyek yang ditawarkan kepada investor: sektor, lokasi, perkiraan nilai, skema kerja sama dan "
						+ "status kesiapannya. Hubungi DPMPTSP untuk profil proyek lengkap.",
				"CC-BY-4.0", owner, UpdateFrequency.YEARLY, null, columns, updated);
		return new Seed(draft, rows, updated);
	}

	private static Dataset draft(String slug, String title, String description, String licence, long owner,
			UpdateFrequency frequency, ChartSpec chart, List<ColumnSpec> columns, Instant at) {
		return new Dataset(0, UUID.randomUUID(), slug, title, description, licence, owner, frequency, chart, false, 0,
				0, at, at, null, null, null, null, columns);
	}

	private Optional<UnitView> opd(String... codes) {
		for (String code : codes) {
			Optional<UnitView> unit = units.activeUnits()
				.stream()
				.filter(u -> u.type() == UnitType.OPD && code.equalsIgnoreCase(u.code()))
				.findFirst();
			if (unit.isPresent()) {
				return unit;
			}
		}
		return Optional.empty();
	}
}
