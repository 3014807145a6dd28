package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only ({@code satukota.demo.enabled=true}), once: field units for the emergency agencies, a few CCTV
 * cameras, and three weeks of calls and incidents (most closed, a few open) so the KPI page and the wall are not
 * empty. History is written with its original times straight into the append-only tables.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoCommandCenter implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCommandCenter.class);

	private static final String[][] UNITS = { { "DAMKAR", "DMK-01", "Mobil pemadam Pos Ilir", "FIRE_ENGINE" },
			{ "DAMKAR", "DMK-02", "Mobil pemadam Pos Ulu", "FIRE_ENGINE" },
			{ "DAMKAR", "DMK-03", "Mobil tangga", "FIRE_ENGINE" }, { "DAMKAR", "DMK-R1", "Tim penyelamat", "RESCUE" },
			{ "DINKES", "AMB-01", "Ambulans PSC 119 A", "AMBULANCE" },
			{ "DINKES", "AMB-02", "Ambulans PSC 119 B", "AMBULANCE" },
			{ "DINKES", "AMB-03", "Ambulans Puskesmas", "AMBULANCE" }, { "BPBD", "BPBD-T1", "Tim reaksi cepat 1", "TEAM" },
			{ "BPBD", "BPBD-T2", "Tim reaksi cepat 2", "TEAM" }, { "SATPOLPP", "POL-01", "Patroli wilayah barat", "PATROL" },
			{ "SATPOLPP", "POL-02", "Patroli wilayah timur", "PATROL" }, { "DISHUB", "HUB-01", "Patroli lalu lintas", "PATROL" },
			{ "DISHUB", "HUB-02", "Derek", "TRUCK" }, { "DLH", "DLH-01", "Truk pemotong pohon", "TRUCK" },
			{ "DPUPR", "PU-01", "Tim tanggap drainase", "TEAM" }, { "DINSOS", "SOS-01", "Tim penjangkauan", "TEAM" } };

	private static final String[] TYPES = { "KEBAKARAN", "KEBAKARAN", "KEBAKARAN", "MEDIS_DARURAT", "MEDIS_DARURAT",
			"KECELAKAAN_LALU_LINTAS", "KECELAKAAN_LALU_LINTAS", "POHON_TUMBANG", "BANJIR", "ORANG_TERLANTAR",
			"KRIMINALITAS", "LAMPU_JALAN" };

	private static final String[] PLACES = { "Jl. Jenderal Sudirman", "Jl. Kolonel Atmo", "Pasar 16 Ilir",
			"Jl. Demang Lebar Daun", "Simpang Charitas", "Jl. Angkatan 45", "Jl. Basuki Rahmat", "Kawasan Jakabaring",
			"Jl. Merdeka", "Jl. Veteran" };

	private final KendaliRepository repository;

	private final Units units;

	private final TransactionTemplate transactions;

	private final KendaliProperties properties;

	private final Clock clock;

	DemoCommandCenter(KendaliRepository repository, Units units, TransactionTemplate transactions,
			KendaliProperties properties, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!repository.fieldUnits(false).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(tx -> seed());
		log.info("Demo mode: command center units, CCTV and three weeks of incidents created");
	}

	void seed() {
		Instant now = clock.instant();
		Instant start = now.minus(Duration.ofDays(21));
		List<Records.FieldUnit> fieldUnits = new ArrayList<>();
		for (String[] u : UNITS) {
			units.findByCode(u[0]).ifPresent(agency -> {
				long id = repository.insertFieldUnit(agency.id(), u[1], u[2], FieldUnitKind.valueOf(u[3]), start, "sistem");
				repository.appendUnitEvent(id, UnitStatus.AVAILABLE, null, start, start, "sistem", null, null, null, null);
				fieldUnits.add(new Records.FieldUnit(id, agency.id(), u[1], u[2], FieldUnitKind.valueOf(u[3]), true));
			});
		}
		Long dishub = units.findByCode("DISHUB").map(UnitView::id).orElse(null);
		double lat = properties.mapLatitude();
		double lon = properties.mapLongitude();
		repository.insertCctv("Simpang Charitas", lat + 0.004, lon - 0.012, "Simpang Charitas",
				"https://cctv.example.go.id/charitas", dishub, start, "sistem");
		repository.insertCctv("Jembatan Ampera (ilir)", lat - 0.016, lon - 0.016, "Jembatan Ampera",
				"https://cctv.example.go.id/ampera", dishub, start, "sistem");
		repository.insertCctv("Simpang Polda", lat + 0.010, lon - 0.025, "Jl. Jenderal Sudirman",
				"https://cctv.example.go.id/polda", dishub, start, "sistem");
		repository.insertCctv("Pasar 16 Ilir", lat - 0.012, lon - 0.010, "Pasar 16 Ilir",
				"https://cctv.example.go.id/pasar16", null, start, "sistem");

		List<UnitView> kelurahan = units.activeUnits().stream()
			.filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA).toList();
		Random random = new Random(112);
		for (int day = 20; day >= 0; day--) {
			Instant dayStart = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(10));
			int calls = 8 + random.nextInt(8);
			for (int c = 0; c < calls; c++) {
				Instant received = dayStart.plusSeconds(random.nextInt(9 * 3600));
				if (received.isAfter(now.minusSeconds(600))) {
					continue;
				}
				Instant answered = received.plusSeconds(2 + random.nextInt(random.nextInt(10) == 0 ? 40 : 12));
				int roll = random.nextInt(100);
				if (roll < 8) {
					repository.insertCall(received, null, "08" + (1_100_000_000L + random.nextInt(900_000_000)), null,
							CallChannel.PHONE, null, null, "operator112", null, received);
				}
				else if (roll < 45) {
					repository.insertCall(received, answered, "08" + (1_100_000_000L + random.nextInt(900_000_000)), null,
							CallChannel.PHONE, CallClassification.PRANK, null, "operator112", null, answered);
				}
				else if (roll < 75) {
					repository.insertCall(received, answered, null, null, CallChannel.PHONE, CallClassification.GHOST,
							null, "operator112", null, answered);
				}
				else if (roll < 88) {
					repository.insertCall(received, answered, "08" + (1_100_000_000L + random.nextInt(900_000_000)), null,
							CallChannel.PHONE, CallClassification.INFORMATION, null, "operator112",
							"Menanyakan nomor layanan", answered);
				}
				else {
					incident(random, received, answered, now, day == 0 && c % 2 == 0, kelurahan, fieldUnits, lat, lon);
				}
			}
		}
	}

	private void incident(Random random, Instant received, Instant answered, Instant now, boolean leaveOpen,
			List<UnitView> kelurahan, List<Records.FieldUnit> fieldUnits, double lat, double lon) {
		String code = TYPES[random.nextInt(TYPES.length)];
		Records.IncidentType type = repository.currentType(code).orElseThrow();
		Instant created = answered.plusSeconds(20 + random.nextInt(40));
		String number = String.format("KJD-%d-%06d", created.atZone(units.cityProfile().zone()).getYear(),
				repository.nextIncidentSequence());
		Long kel = kelurahan.isEmpty() ? null : kelurahan.get(random.nextInt(kelurahan.size())).id();
		long id = repository.insertIncident(number, type.id(), random.nextInt(3) == 0 ? Priority.HIGH : Priority.MEDIUM,
				lat + (random.nextDouble() - 0.5) * 0.08, lon + (random.nextDouble() - 0.5) * 0.1, kel,
				PLACES[random.nextInt(PLACES.length)], "Laporan warga melalui 112 (data contoh)",
				received.minusSeconds(random.nextInt(600)), received, created, "operator112");
		repository.appendIncidentEvent(id, "CREATED", null, created, created, "operator112", null, null);
		repository.insertCall(received, answered, "08" + (1_100_000_000L + random.nextInt(900_000_000)), null,
				CallChannel.PHONE, CallClassification.EMERGENCY, id, "operator112", null, created);
		boolean falseAlarm = !leaveOpen && random.nextInt(12) == 0;
		Instant notified = answered.plusSeconds(35 + random.nextInt(random.nextInt(5) == 0 ? 120 : 40));
		Instant last = notified;
		IncidentStatus status = IncidentStatus.DISPATCHED;
		for (String agencyCode : type.defaultAgencies().isEmpty() ? List.of("BPBD") : type.defaultAgencies()) {
			Long agencyId = units.findByCode(agencyCode).map(UnitView::id).orElse(null);
			if (agencyId == null) {
				continue;
			}
			repository.appendIncidentEvent(id, "AGENCY_NOTIFIED", agencyId, notified, notified, "operator112", null, null);
			Instant ack = notified.plusSeconds(10 + random.nextInt(90));
			repository.appendIncidentEvent(id, "AGENCY_ACKNOWLEDGED", agencyId, ack, ack, "operator112", null, null);
			Records.FieldUnit unit = fieldUnits.stream().filter(u -> u.agencyId() == agencyId).skip(random.nextInt(2))
				.findFirst().orElse(null);
			if (unit == null || falseAlarm) {
				continue;
			}
			Instant dispatched = ack.plusSeconds(5);
			Instant enRoute = dispatched.plusSeconds(45 + random.nextInt(150));
			Instant onScene = enRoute.plusSeconds(240 + random.nextInt(code.equals("KEBAKARAN") ? 720 : 900));
			if (leaveOpen) {
				onScene = now.minusSeconds(60);
				enRoute = now.minusSeconds(400);
				dispatched = now.minusSeconds(500);
			}
			repository.appendUnitEvent(unit.id(), UnitStatus.DISPATCHED, id, dispatched, dispatched, "operator112", null,
					null, null, null);
			repository.appendUnitEvent(unit.id(), UnitStatus.EN_ROUTE, id, enRoute, enRoute, "petugas.damkar", null,
					null, null, null);
			repository.appendUnitEvent(unit.id(), UnitStatus.ON_SCENE, id, onScene, onScene, "petugas.damkar", null,
					null, null, null);
			status = IncidentStatus.ON_SCENE;
			Instant returning = onScene.plusSeconds(900 + random.nextInt(3600));
			if (leaveOpen || returning.plusSeconds(1500).isAfter(now)) {
				leaveOpen = true;
				continue;
			}
			Instant available = returning.plusSeconds(600 + random.nextInt(900));
			repository.appendUnitEvent(unit.id(), UnitStatus.RETURNING, id, returning, returning, "petugas.damkar",
					null, null, null, null);
			repository.appendUnitEvent(unit.id(), UnitStatus.AVAILABLE, null, available, available, "petugas.damkar",
					null, null, null, null);
			repository.appendIncidentEvent(id, "AGENCY_RELEASED", agencyId, returning, returning, "operator112", null,
					null);
			last = last.isAfter(available) ? last : available;
		}
		if (leaveOpen) {
			repository.updateIncidentStatus(id, status);
			return;
		}
		Instant closed = last.plusSeconds(300);
		Disposition disposition = falseAlarm ? Disposition.FALSE_REPORT : Disposition.HANDLED;
		repository.appendIncidentEvent(id, "CLOSED", null, closed, closed, "operator112", null, disposition.name());
		repository.closeIncident(id, disposition, closed);
	}
}
