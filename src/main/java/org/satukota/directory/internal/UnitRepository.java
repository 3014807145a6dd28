package org.satukota.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.shared.CacheRevisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

	private static final String COLUMNS = "id, city_code, parent_id, type, code, name, address, phone, email, "
			+ "opening_hours, active, retired_at, retired_reason, created_at, updated_at";

	/** The name of the unit tree's revision in {@link CacheRevisions}. */
	static final String REVISION = "directory";

	private final JdbcClient jdbc;

	private final CacheRevisions revisions;

	UnitRepository(JdbcClient jdbc, CacheRevisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	Optional<Unit> find(String cityCode, long id) {
		return jdbc.sql("select " + COLUMNS + " from directory_unit where id = ? and city_code = ?")
			.params(id, cityCode)
			.query(UnitRepository::map)
			.optional();
	}

	/** Locks the row so two admins deciding about the same unit at once are serialised. */
	Optional<Unit> findForUpdate(String cityCode, long id) {
		return jdbc.sql("select " + COLUMNS + " from directory_unit where id = ? and city_code = ? for update")
			.params(id, cityCode)
			.query(UnitRepository::map)
			.optional();
	}

	Optional<Unit> root(String cityCode) {
		return jdbc.sql("select " + COLUMNS + " from directory_unit where city_code = ? and type = 'KOTA'")
			.param(cityCode)
			.query(UnitRepository::map)
			.optional();
	}

	List<Unit> allOf(String cityCode) {
		return jdbc.sql("select " + COLUMNS + " from directory_unit where city_code = ?")
			.param(cityCode)
			.query(UnitRepository::map)
			.list();
	}

	boolean hasActiveChildren(long id) {
		return jdbc.sql("select exists (select 1 from directory_unit where parent_id = ? and active)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	boolean codeTaken(String cityCode, String code) {
		return jdbc.sql("select exists (select 1 from directory_unit where city_code = ? and upper(code) = upper(?))")
			.params(cityCode, code)
			.query(Boolean.class)
			.single();
	}

	/** Where the tree of units stands: changes with every committed change to a unit. */
	long revision() {
		return revisions.current(REVISION);
	}

	/** Called in the transaction of every change to directory_unit. */
	void bumpRevision() {
		revisions.bump(REVISION);
	}

	long insert(Unit unit) {
		KeyHolder keys = new GeneratedKeyHolder();
		Unit.UnitDetails d = unit.details();
		jdbc.sql("""
				insert into directory_unit (city_code, parent_id, type, code, name, address, phone, email,
				  opening_hours, active, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
			.params(unit.cityCode(), unit.parentId(), unit.type().name(), unit.code(), d.name(), d.address(),
					d.phone(), d.email(), d.openingHours(), Timestamp.from(unit.createdAt()),
					Timestamp.from(unit.updatedAt()))
			.update(keys, "id");
		bumpRevision();
		return keys.getKeyAs(Long.class);
	}

	void update(Unit unit) {
		Unit.UnitDetails d = unit.details();
		jdbc.sql("""
				update directory_unit set name = ?, address = ?, phone = ?, email = ?, opening_hours = ?,
				  active = ?, retired_at = ?, retired_reason = ?, updated_at = ?
				where id = ?""")
			.params(d.name(), d.address(), d.phone(), d.email(), d.openingHours(), unit.active(),
					unit.retiredAt() == null ? null : Timestamp.from(unit.retiredAt()), unit.retiredReason(),
					Timestamp.from(unit.updatedAt()), unit.id())
			.update();
		bumpRevision();
	}

	private static Unit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Unit(rs.getLong("id"), rs.getString("city_code"), parentId, UnitType.valueOf(rs.getString("type")),
				rs.getString("code"),
				new Unit.UnitDetails(rs.getString("name"), rs.getString("address"), rs.getString("phone"),
						rs.getString("email"), rs.getString("opening_hours")),
				rs.getBoolean("active"), instant(rs, "retired_at"), rs.getString("retired_reason"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
