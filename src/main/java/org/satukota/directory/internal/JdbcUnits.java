package org.satukota.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * {@link Units} for the configured city only. The city's units are seeded before any other module's start-up
 * code runs (after all singletons exist, before runners and the web server), and again lazily should a caller
 * come first.
 *
 * <p>Pages ask about the tree many times per request (names of units, who covers what), so reads are answered from
 * an in-memory snapshot of the city's units. Each read compares the snapshot's revision with the tree's revision
 * in {@code cache_revision} (read once per request) and reloads only when it moved, so a change committed on any
 * node is seen by every node on its next request.
 */
@Component
class JdbcUnits implements Units, SmartInitializingSingleton {

	private final CityProfile city;

	private final CityProperties properties;

	private final UnitRepository repository;

	private final UnitSeeder seeder;

	/** The root's id never changes once seeded; caching it per node needs no coordination. */
	private volatile Long rootId;

	private volatile UnitTree tree;

	JdbcUnits(CityProfile city, CityProperties properties, UnitRepository repository, UnitSeeder seeder) {
		this.city = city;
		this.properties = properties;
		this.repository = repository;
		this.seeder = seeder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensureSeeded();
	}

	String emailDomain() {
		String configured = properties.emailDomain();
		return configured == null || configured.isBlank() ? CityProfiles.defaultEmailDomain(city.name())
				: configured.strip();
	}

	private long ensureSeeded() {
		Long id = rootId;
		if (id == null) {
			seeder.seed(city, emailDomain());
			id = repository.root(city.code()).orElseThrow().id();
			rootId = id;
		}
		return id;
	}

	@Override
	public CityProfile cityProfile() {
		return city;
	}

	@Override
	public UnitView city() {
		long root = ensureSeeded();
		return current().find(root).orElseThrow();
	}

	long cityUnitId() {
		return ensureSeeded();
	}

	/** A unit of the configured city, retired or not. */
	Optional<Unit> unit(long unitId) {
		return repository.find(city.code(), unitId);
	}

	@Override
	public Optional<UnitView> find(long unitId) {
		return current().find(unitId);
	}

	@Override
	public Optional<UnitView> findByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String stored = WilayahTable.normalise(code).orElse(code.strip().toUpperCase(Locale.ROOT));
		return activeUnits().stream().filter(unit -> unit.code().equals(stored)).findFirst();
	}

	@Override
	public List<UnitView> activeUnits() {
		ensureSeeded();
		return current().active();
	}

	/** Every unit of the city, retired ones included, in tree order. */
	List<Unit> allUnits() {
		ensureSeeded();
		return inTreeOrder(repository.allOf(city.code()), false);
	}

	@Override
	public List<UnitView> children(long unitId) {
		return current().activeChildren(unitId);
	}

	@Override
	public boolean isWithin(long unitId, long ancestorId) {
		return current().isWithin(unitId, ancestorId);
	}

	private UnitTree current() {
		// A page asks many questions about the tree (a queue checks every row's unit); the revision is read once
		// per request (CacheRevisions), so each question costs a comparison.
		return load();
	}

	private UnitTree load() {
		long revision = repository.revision();
		UnitTree snapshot = tree;
		if (snapshot == null || snapshot.revision() != revision) {
			// Read after the revision: the rows are at least as new as it, and a commit in between only causes one
			// more reload on the next read.
			List<Unit> all = repository.allOf(city.code());
			snapshot = new UnitTree(revision, all, inTreeOrder(all, true));
			tree = snapshot;
		}
		return snapshot;
	}

	/**
	 * City first, then its OPDs by name, then each kecamatan (by code) followed by its kelurahan/desa (by code).
	 * With {@code activeOnly}, a retired unit hides its whole subtree.
	 */
	static List<Unit> inTreeOrder(List<Unit> units, boolean activeOnly) {
		Map<Long, List<Unit>> byParent = new HashMap<>();
		Unit root = null;
		for (Unit unit : units) {
			if (unit.parentId() == null) {
				root = unit;
			}
			else {
				byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		List<Unit> ordered = new ArrayList<>(units.size());
		if (root != null) {
			visit(root, byParent, activeOnly, ordered);
		}
		return ordered;
	}

	private static final Comparator<Unit> SIBLINGS = Comparator.comparing((Unit unit) -> unit.type().ordinal())
		.thenComparing(unit -> unit.type() == UnitType.OPD ? unit.name() : unit.code())
		.thenComparing(Unit::code);

	private static void visit(Unit unit, Map<Long, List<Unit>> byParent, boolean activeOnly, List<Unit> ordered) {
		if (activeOnly && !unit.active()) {
			return;
		}
		ordered.add(unit);
		List<Unit> children = byParent.get(unit.id());
		if (children == null) {
			return;
		}
		children.sort(SIBLINGS);
		for (Unit child : children) {
			visit(child, byParent, activeOnly, ordered);
		}
	}
}
