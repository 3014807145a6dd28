package org.satukota.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.satukota.directory.CityProfile;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;

class RoleScopePolicyTest {

	// city(1) → OPD Diskominfo(2); city → kecamatan(10) → kelurahan A(11), B(12); city → kecamatan(20) → kelurahan C(21)
	private static final Map<Long, UnitView> TREE = Map.of(1L, unit(1, null, UnitType.KOTA), 2L,
			unit(2, 1L, UnitType.OPD), 10L, unit(10, 1L, UnitType.KECAMATAN), 11L, unit(11, 10L, UnitType.KELURAHAN),
			12L, unit(12, 10L, UnitType.KELURAHAN), 20L, unit(20, 1L, UnitType.KECAMATAN), 21L,
			unit(21, 20L, UnitType.KELURAHAN), 99L, new UnitView(99, 10L, UnitType.KELURAHAN, "x", "Retired", null,
					null, null, null, false));

	private final RoleScopePolicy policy = new RoleScopePolicy(new FakeUnits());

	@Test
	void aKelurahanGrantCoversThatKelurahanOnly() {
		RoleGrant grant = new RoleGrant(Role.PETUGAS_LAYANAN, 11);
		assertThat(policy.covers(grant, 11)).isTrue();
		assertThat(policy.covers(grant, 12)).isFalse();
		assertThat(policy.covers(grant, 10)).isFalse();
		assertThat(policy.covers(grant, 1)).isFalse();
	}

	@Test
	void aKecamatanGrantCoversItsKelurahanButNotAnotherKecamatans() {
		RoleGrant grant = new RoleGrant(Role.PEJABAT_PENANDATANGAN, 10);
		assertThat(policy.covers(grant, 10)).isTrue();
		assertThat(policy.covers(grant, 11)).isTrue();
		assertThat(policy.covers(grant, 12)).isTrue();
		assertThat(policy.covers(grant, 21)).isFalse();
	}

	@Test
	void anAdminInTheCityCoversEveryUnitEvenRetiredOnes() {
		RoleGrant grant = new RoleGrant(Role.ADMIN, 1);
		assertThat(List.of(1L, 2L, 10L, 11L, 21L, 99L)).allMatch(unit -> policy.covers(grant, unit));
	}

	@Test
	void theRoleMustMatch() {
		List<RoleGrant> grants = List.of(new RoleGrant(Role.PETUGAS_LAYANAN, 11));
		assertThat(policy.allows(grants, Role.PETUGAS_LAYANAN, 11)).isTrue();
		assertThat(policy.allows(grants, Role.PEJABAT_PENANDATANGAN, 11)).isFalse();
		assertThat(policy.allows(List.of(), Role.PETUGAS_LAYANAN, 11)).isFalse();
	}

	@Test
	void anyOfSeveralGrantsMayCover() {
		List<RoleGrant> grants = List.of(new RoleGrant(Role.PETUGAS_LAYANAN, 11),
				new RoleGrant(Role.PETUGAS_LAYANAN, 21));
		assertThat(policy.allows(grants, Role.PETUGAS_LAYANAN, 21)).isTrue();
		assertThat(policy.allows(grants, Role.PETUGAS_LAYANAN, 12)).isFalse();
	}

	@Test
	void unitsCoveredListsTheActiveUnitsInReach() {
		List<RoleGrant> grants = List.of(new RoleGrant(Role.PETUGAS_LAYANAN, 10));
		assertThat(policy.unitsCovered(grants, Role.PETUGAS_LAYANAN)).extracting(UnitView::id)
			.containsExactly(10L, 11L, 12L);
	}

	private static UnitView unit(long id, Long parent, UnitType type) {
		return new UnitView(id, parent, type, String.valueOf(id), "Unit " + id, null, null, null, null, true);
	}

	private static final class FakeUnits implements Units {

		@Override
		public CityProfile cityProfile() {
			return new CityProfile("16.71", "Kota Palembang", "16", "Sumatera Selatan", ZoneId.of("Asia/Jakarta"));
		}

		@Override
		public UnitView city() {
			return TREE.get(1L);
		}

		@Override
		public Optional<UnitView> find(long unitId) {
			return Optional.ofNullable(TREE.get(unitId));
		}

		@Override
		public List<UnitView> activeUnits() {
			return TREE.values().stream().filter(UnitView::active).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
		}

		@Override
		public List<UnitView> children(long unitId) {
			return TREE.values().stream().filter(u -> u.parentId() != null && u.parentId() == unitId).toList();
		}

		@Override
		public boolean isWithin(long unitId, long ancestorId) {
			// Deliberately knows active units only, so the admin-covers-retired rule is really tested.
			UnitView unit = TREE.get(unitId);
			while (unit != null && unit.active()) {
				if (unit.id() == ancestorId) {
					return true;
				}
				unit = unit.parentId() == null ? null : TREE.get(unit.parentId());
			}
			return false;
		}
	}
}
