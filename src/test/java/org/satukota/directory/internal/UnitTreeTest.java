package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;

class UnitTreeTest {

	private static final Instant T = Instant.parse("2026-01-05T01:00:00Z");

	private final Unit city = unit(1, null, UnitType.KOTA, "16.71", "Kota Palembang", true);

	private final Unit dinas = unit(2, 1L, UnitType.OPD, "DPUPR", "Dinas PUPR", true);

	private final Unit bidang = unit(3, 2L, UnitType.OPD, "UPT-JALAN", "UPT Jalan", true);

	private final Unit kecamatan = unit(4, 1L, UnitType.KECAMATAN, "16.71.01", "Ilir Barat II", true);

	private final Unit retired = unit(5, 4L, UnitType.KELURAHAN, "16.71.01.1001", "Bukit Lama", false);

	private final Unit kelurahan = unit(6, 4L, UnitType.KELURAHAN, "16.71.01.1002", "Abadi", true);

	private final List<Unit> all = List.of(city, dinas, bidang, kecamatan, retired, kelurahan);

	private final UnitTree tree = new UnitTree(7, all, JdbcUnits.inTreeOrder(all, true));

	@Test
	void aUnitLiesWithinItselfAndEveryUnitAboveItButNotBesideOrBelowIt() {
		assertThat(tree.isWithin(3, 3)).isTrue();
		assertThat(tree.isWithin(3, 2)).isTrue();
		assertThat(tree.isWithin(3, 1)).isTrue();
		assertThat(tree.isWithin(2, 3)).isFalse();
		assertThat(tree.isWithin(6, 2)).isFalse();
	}

	@Test
	void unitsOfAnotherCityLieWithinNothing() {
		assertThat(tree.isWithin(99, 1)).isFalse();
		assertThat(tree.isWithin(99, 99)).isFalse();
		assertThat(tree.find(99)).isEmpty();
	}

	@Test
	void retiredUnitsAreFoundByIdButLeftOutOfActiveListsAndChildren() {
		assertThat(tree.find(5)).hasValueSatisfying(unit -> assertThat(unit.active()).isFalse());
		assertThat(tree.active()).extracting(UnitView::id).doesNotContain(5L);
		assertThat(tree.activeChildren(4)).extracting(UnitView::name).containsExactly("Abadi");
	}

	@Test
	void childrenAreListedByNameAndTheActiveListKeepsTreeOrder() {
		assertThat(tree.activeChildren(1)).extracting(UnitView::name).containsExactly("Dinas PUPR", "Ilir Barat II");
		assertThat(tree.active()).extracting(UnitView::id).containsExactly(1L, 2L, 3L, 4L, 6L);
		assertThat(tree.revision()).isEqualTo(7);
	}

	private static Unit unit(long id, Long parent, UnitType type, String code, String name, boolean active) {
		return new Unit(id, "16.71", parent, type, code, new Unit.UnitDetails(name, null, null, null, null), active,
				active ? null : T, active ? null : "digabung", T, T);
	}
}
