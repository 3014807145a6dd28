package org.satukota.dataset.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.satukota.dataset.DatasetUpdated;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.satukota.shared.UpdateFrequency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the platform's own performance figures (every {@link PerformanceSource} of every module) as an open
 * dataset, "Kinerja layanan per unit (bulanan)": one row per month, unit and measure for the last twelve months.
 * Regenerated on start and on a schedule; a new revision only when the figures changed. Safe on several nodes: the
 * dataset row is locked with {@code FOR UPDATE SKIP LOCKED}, so a node that finds it busy leaves the work to the
 * other. The sources guarantee the figures hold nothing personal and nothing confidential; no drill-down is added.
 */
@Component
class LiveFigures {

	static final String KEY = "kinerja-layanan-bulanan";

	static final String SLUG = "kinerja-layanan-per-unit-bulanan";

	static final int MONTHS = 12;

	private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final List<ColumnSpec> COLUMNS = List.of(
			new ColumnSpec("bulan", "Bulan", ColumnType.DATE, true, null, List.of()),
			new ColumnSpec("kode_unit", "Kode unit", ColumnType.TEXT, true, null, List.of()),
			new ColumnSpec("unit", "Unit", ColumnType.TEXT, true, null, List.of()),
			new ColumnSpec("kode_ukuran", "Kode ukuran", ColumnType.TEXT, true, null, List.of()),
			new ColumnSpec("ukuran", "Ukuran", ColumnType.TEXT, true, null, List.of()),
			new ColumnSpec("jumlah", "Jumlah", ColumnType.INTEGER, true, null, List.of()),
			new ColumnSpec("memenuhi", "Memenuhi target", ColumnType.INTEGER, false, null, List.of()),
			new ColumnSpec("persen", "Persen memenuhi target", ColumnType.DECIMAL, false, "%", List.of()),
			new ColumnSpec("nilai", "Nilai", ColumnType.DECIMAL, false, null, List.of()),
			new ColumnSpec("satuan_nilai", "Satuan nilai", ColumnType.TEXT, false, null, List.of()));

	private final ObjectProvider<PerformanceSource> sources;

	private final DatasetRepository repository;

	private final Units units;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveFigures(ObjectProvider<PerformanceSource> sources, DatasetRepository repository, Units units,
			MessageSource messages, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.sources = sources;
		this.repository = repository;
		this.units = units;
		this.messages = messages;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		try {
			regenerate();
		}
		catch (RuntimeException failed) {
			// A broken source must not stop the platform; the schedule tries again.
			log.warn("Live figures could not be regenerated on start: {}", failed.toString());
		}
	}

	@Scheduled(initialDelayString = "${satukota.dataset.live-initial-delay-ms:3600000}",
			fixedDelayString = "${satukota.dataset.live-interval-ms:3600000}")
	void scheduled() {
		regenerate();
	}

	/** Regenerates the dataset; returns whether its rows changed (false also when another node was at it). */
	boolean regenerate() {
		Instant now = clock.instant();
		ZoneId zone = units.cityProfile().zone();
		ensureDataset(now);
		List<Map<String, Object>> rows = rows(YearMonth.from(now.atZone(zone)), zone);
		Boolean changed = transactions.execute(tx -> {
			Dataset d = repository.tryLockSystem(KEY).orElse(null);
			if (d == null) {
				return false;
			}
			List<Map<String, Object>> current = repository.rowsAt(d.id(), d.revision())
				.stream()
				.map(DatasetRepository.Row::cells)
				.map(LiveFigures::comparable)
				.toList();
			boolean different = !current.equals(rows.stream().map(LiveFigures::comparable).toList());
			if (different || !d.published()) {
				int revision = d.revision() + 1;
				repository.endCurrentRows(d.id(), revision);
				repository.insertRows(d.id(), revision, rows);
				repository.setPublished(d.id(), true, now);
				repository.bump(d.id(), revision, now, Actor.SYSTEM.username(), "REGENERATED", null);
				events.publishEvent(new DatasetUpdated(d.id(), d.slug(), revision, "REGENERATED", rows.size(),
						Actor.SYSTEM, now));
				return true;
			}
			// Same figures, freshly computed: the data is current as of now.
			repository.touch(d.id(), now);
			return false;
		});
		return Boolean.TRUE.equals(changed);
	}

	private void ensureDataset(Instant now) {
		if (repository.findBySystemKey(KEY).isPresent()) {
			return;
		}
		UnitView owner = units.findByCode("DISKOMINFO").orElse(units.city());
		transactions.executeWithoutResult(tx -> {
			if (repository.findBySystemKey(KEY).isPresent() || repository.slugTaken(SLUG)) {
				return;
			}
			Dataset draft = new Dataset(0, UUID.randomUUID(), SLUG, "Kinerja layanan per unit (bulanan)",
					"Angka kinerja setiap unit per bulan untuk dua belas bulan terakhir, dihitung langsung dari "
							+ "catatan layanan SatuKota (permohonan, pengaduan, kejadian, survei kepuasan, data "
							+ "terbuka): jumlah yang dihitung, jumlah yang memenuhi target dan persentasenya. "
							+ "Diperbarui otomatis; tanpa data pribadi dan tanpa data rahasia.",
					"CC-BY-4.0", owner.id(), UpdateFrequency.MONTHLY, null, false, 0, 0, now, now, null, null, null,
					KEY, COLUMNS);
			try {
				long id = repository.insert(draft);
				repository.log(id, 0, now, Actor.SYSTEM.username(), "DEFINED", 0, null);
			}
			catch (org.springframework.dao.DuplicateKeyException otherNode) {
				tx.setRollbackOnly();
			}
		});
	}

	private List<Map<String, Object>> rows(YearMonth current, ZoneId zone) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<PerformanceSource> all = sources.orderedStream().toList();
		for (int back = MONTHS - 1; back >= 0; back--) {
			YearMonth month = current.minusMonths(back);
			LocalDate from = month.atDay(1);
			LocalDate until = month.plusMonths(1).atDay(1);
			List<PerformanceFigure> figures = new ArrayList<>();
			for (PerformanceSource source : all) {
				try {
					figures.addAll(source.figures(from, until));
				}
				catch (RuntimeException failed) {
					log.warn("Performance source {} failed: {}", source.getClass().getSimpleName(), failed.toString());
				}
			}
			figures.sort(Comparator.comparing((PerformanceFigure f) -> unitName(f.unitId()))
				.thenComparing(PerformanceFigure::measure));
			for (PerformanceFigure f : figures) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("bulan", from.toString());
				row.put("kode_unit", units.find(f.unitId()).map(UnitView::code).orElse(String.valueOf(f.unitId())));
				row.put("unit", unitName(f.unitId()));
				row.put("kode_ukuran", f.measure());
				row.put("ukuran", messages.getMessage(f.measure(), null, f.measure(), INDONESIAN));
				row.put("jumlah", f.total());
				row.put("memenuhi", f.met());
				Double percent = f.metPercent();
				row.put("persen", percent == null ? null
						: BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP));
				row.put("nilai", f.value() == null ? null
						: BigDecimal.valueOf(f.value()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
				row.put("satuan_nilai", f.valueUnit());
				rows.add(row);
			}
		}
		return rows;
	}

	private String unitName(long unitId) {
		return units.find(unitId).map(UnitView::name).orElse("—");
	}

	/** Cells compared by text so that 12 and 12.0 read back from JSON count as the same figure. */
	private static Map<String, Object> comparable(Map<String, Object> cells) {
		Map<String, Object> text = new LinkedHashMap<>();
		COLUMNS.forEach(c -> text.put(c.name(), Objects.toString(DatasetViews.text(cells.get(c.name())), "")));
		return text;
	}
}
