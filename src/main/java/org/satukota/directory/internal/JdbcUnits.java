package org.satukota.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
 */
@Component
class JdbcUnits implements Units, SmartInitializingSingleton {

	private final CityProfile city;

	private final CityProperties properties;

	private final UnitRepository repository;

	private final UnitSeeder seeder;

	/** The root's id never changes once seeded; caching it per node needs no coordination. */
	private volatile Long rootId;

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
		return repository.find(city.code(), ensureSeeded()).orElseThrow().view();
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
		return repository.find(city.code(), unitId).map(Unit::view);
	}

	@Override
	public List<UnitView> activeUnits() {
		ensureSeeded();
		return inTreeOrder(repository.allOf(city.code()), true).stream().map(Unit::view).toList();
	}

	/** Every unit of the city, retired ones included, in tree order. */
	List<Unit> allUnits() {
		ensureSeeded();
		return inTreeOrder(repository.allOf(city.code()), false);
	}

	@Override
	public List<UnitView> children(long unitId) {
		return repository.activeChildren(city.code(), unitId).stream().map(Unit::view).toList();
	}

	@Override
	public boolean isWithin(long unitId, long ancestorId) {
		return unitId == ancestorId ? find(unitId).isPresent() : repository.isWithin(unitId, ancestorId);
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
