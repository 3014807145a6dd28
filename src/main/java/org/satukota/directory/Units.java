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

	/** A unit of this city by id, retired ones included (check {@link UnitView#active()}); empty for unknown ids. */
	Optional<UnitView> find(long unitId);

	/**
	 * An active unit of this city by its code: an OPD's short code ({@code DISKOMINFO}, any case) or a Kemendagri
	 * code, dotted or not ({@code 16.71.01.1001} or {@code 1671011001}).
	 */
	default Optional<UnitView> findByCode(String code) {
		return activeUnits().stream().filter(unit -> unit.code().equalsIgnoreCase(code)).findFirst();
	}

	/** Active units in tree order (city, OPDs, kecamatan each followed by its kelurahan/desa). */
	List<UnitView> activeUnits();

	/** Active children of a unit, by name. */
	List<UnitView> children(long unitId);

	/** Whether {@code unitId} is {@code ancestorId} itself or lies below it in the tree. */
	boolean isWithin(long unitId, long ancestorId);
}
