package org.satukota.directory;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the city's tree of units.
 */
public interface Units {

	/** The city this installation serves. */
	CityProfile cityProfile();

	/** The root unit (the Pemerintah Kota). */
	UnitView city();

	Optional<UnitView> find(long unitId);

	/** Active units in tree order (city, OPDs, kecamatan each followed by its kelurahan/desa). */
	List<UnitView> activeUnits();

	/** Active children of a unit, by name. */
	List<UnitView> children(long unitId);

	/** Whether {@code unitId} is {@code ancestorId} itself or lies below it in the tree. */
	boolean isWithin(long unitId, long ancestorId);
}
