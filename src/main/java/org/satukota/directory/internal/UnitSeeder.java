package org.satukota.directory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the configured city's units on first start. Idempotent (existing codes are left alone, so an admin's
 * edits and retirements survive restarts) and safe when two nodes start together (a transaction-scoped advisory
 * lock serialises them; the unique (city_code, code) key is the last line of defence).
 */
@Component
class UnitSeeder {

	private static final Logger log = LoggerFactory.getLogger(UnitSeeder.class);

	/** Arbitrary but fixed: the advisory lock all nodes take while seeding units. */
	private static final long SEED_LOCK = 0x5a7d_0001L;

	private static final String INSERT = """
			insert into directory_unit (city_code, parent_id, type, code, name, email, opening_hours, active,
			  created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)
			on conflict (city_code, code) do nothing""";

	private final WilayahTable regions;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final UnitRepository units;

	private final Clock clock;

	UnitSeeder(WilayahTable regions, JdbcTemplate jdbcTemplate, JdbcClient jdbc, TransactionTemplate transactions,
			UnitRepository units, Clock clock) {
		this.units = units;
		this.regions = regions;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	SeedPlan plan(CityProfile city, String emailDomain) {
		return SeedPlan.of(regions, city, emailDomain);
	}

	/** Seeds the city's subtree; returns how many units were created (0 when everything already existed). */
	int seed(CityProfile city, String emailDomain) {
		long started = System.nanoTime();
		SeedPlan plan = plan(city, emailDomain);
		if (idsByCode(city.code()).keySet().containsAll(plan.codes())) {
			return 0;
		}
		Integer created = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query((rs, n) -> 1).list();
			int inserted = insert(plan);
			units.bumpRevision();
			return inserted;
		});
		int count = created == null ? 0 : created;
		log.info("Seeded {} units for {} ({}) in {} ms", count, city.name(), city.code(),
				(System.nanoTime() - started) / 1_000_000);
		return count;
	}

	private int insert(SeedPlan plan) {
		String cityCode = plan.city().code();
		Timestamp now = Timestamp.from(clock.instant());
		int created = 0;
		// Parents before children, one batch per level: city, then OPDs and kecamatan, then kelurahan/desa.
		for (int level = 0; level < 3; level++) {
			Map<String, Long> ids = idsByCode(cityCode);
			List<Object[]> rows = new ArrayList<>();
			for (SeedPlan.PlannedUnit unit : plan.units()) {
				if (depth(unit.type()) != level || ids.containsKey(unit.code())) {
					continue;
				}
				Long parentId = unit.parentCode() == null ? null : ids.get(unit.parentCode());
				if (unit.parentCode() != null && parentId == null) {
					continue;
				}
				rows.add(new Object[] { cityCode, parentId, unit.type().name(), unit.code(), unit.name(), unit.email(),
						unit.openingHours(), now, now });
			}
			if (!rows.isEmpty()) {
				for (int n : jdbcTemplate.batchUpdate(INSERT, rows)) {
					created += Math.max(n, 0);
				}
			}
		}
		return created;
	}

	private Map<String, Long> idsByCode(String cityCode) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select code, id from directory_unit where city_code = ?")
			.param(cityCode)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	private static int depth(UnitType type) {
		return switch (type) {
			case KOTA -> 0;
			case OPD, KECAMATAN -> 1;
			case KELURAHAN, DESA -> 2;
		};
	}
}
