package org.satukota.layanan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Rows of service_type and service_version; definitions are (de)serialised with the platform's Jackson mapper. */
@Repository
class ServiceRepository {

	/** A service type row with its current version number. */
	record TypeRow(long id, String code, boolean active, Long currentVersionId, int currentVersion, String seedHash,
			String currentPublishedBy, Instant retiredAt, String retiredBy, String retiredReason) {
	}

	/** One stored version. */
	record VersionRow(long id, long typeId, String code, int version, ServiceDefinition definition,
			Instant publishedAt, String publishedBy, boolean typeActive) {
	}

	private static final String VERSION_SELECT = """
			select v.id, v.service_type_id, t.code, v.version, v.definition::text as definition, v.published_at,
			       v.published_by, t.active
			from service_version v join service_type t on t.id = v.service_type_id
			""";

	private static final String TYPE_SELECT = """
			select t.id, t.code, t.active, t.current_version_id, coalesce(v.version, 0) as current_version, t.seed_hash,
			       v.published_by, t.retired_at, t.retired_by, t.retired_reason
			from service_type t left join service_version v on v.id = t.current_version_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ServiceRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<TypeRow> findType(String code) {
		return jdbc.sql(TYPE_SELECT + " where t.code = ?").param(code).query(this::typeRow).optional();
	}

	/** Locks the type row so that two admins publishing at once get consecutive version numbers. */
	Optional<TypeRow> findTypeForUpdate(String code) {
		jdbc.sql("select id from service_type where code = ? for update").param(code).query(Long.class).optional();
		return findType(code);
	}

	List<TypeRow> allTypes() {
		return jdbc.sql(TYPE_SELECT + " order by t.code").query(this::typeRow).list();
	}

	/** Inserts the type row (without a version yet); empty when the code is taken. */
	Optional<Long> insertType(String code, String seedHash, Instant now) {
		return jdbc.sql("""
				insert into service_type (code, active, seed_hash, created_at, changed_at)
				values (?, true, ?, ?, ?) on conflict (code) do nothing returning id""")
			.params(code, seedHash, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	long insertVersion(long typeId, int version, ServiceDefinition definition, Instant publishedAt,
			String publishedBy) {
		long id = jdbc.sql("""
				insert into service_version (service_type_id, version, definition, published_at, published_by)
				values (?, ?, cast(? as jsonb), ?, ?) returning id""")
			.params(typeId, version, json.writeValueAsString(definition), Timestamp.from(publishedAt), publishedBy)
			.query(Long.class)
			.single();
		jdbc.sql("update service_type set current_version_id = ?, changed_at = ? where id = ?")
			.params(id, Timestamp.from(publishedAt), typeId)
			.update();
		return id;
	}

	void updateSeedHash(long typeId, String seedHash) {
		jdbc.sql("update service_type set seed_hash = ? where id = ?").params(seedHash, typeId).update();
	}

	void retire(long typeId, Instant now, String by, String reason) {
		jdbc.sql("""
				update service_type set active = false, retired_at = ?, retired_by = ?, retired_reason = ?, changed_at = ?
				where id = ?""")
			.params(Timestamp.from(now), by, reason, Timestamp.from(now), typeId)
			.update();
	}

	void reactivate(long typeId, Instant now) {
		jdbc.sql("""
				update service_type set active = true, retired_at = null, retired_by = null, retired_reason = null,
				  changed_at = ? where id = ?""")
			.params(Timestamp.from(now), typeId)
			.update();
	}

	Optional<VersionRow> version(long versionId) {
		return jdbc.sql(VERSION_SELECT + " where v.id = ?").param(versionId).query(this::versionRow).optional();
	}

	/** The current versions of active types. */
	List<VersionRow> currentVersions() {
		return jdbc.sql(VERSION_SELECT + " where t.active and v.id = t.current_version_id")
			.query(this::versionRow)
			.list();
	}

	Optional<VersionRow> currentVersion(String code) {
		return jdbc.sql(VERSION_SELECT + " where t.active and v.id = t.current_version_id and t.code = ?")
			.param(code)
			.query(this::versionRow)
			.optional();
	}

	/** The current version of a type, retired or not (for the editor). */
	Optional<VersionRow> latestVersion(String code) {
		return jdbc.sql(VERSION_SELECT + " where v.id = t.current_version_id and t.code = ?")
			.param(code)
			.query(this::versionRow)
			.optional();
	}

	List<VersionRow> history(String code) {
		return jdbc.sql(VERSION_SELECT + " where t.code = ? order by v.version desc")
			.param(code)
			.query(this::versionRow)
			.list();
	}

	/** The last publication or retirement anywhere in the catalogue; cheap enough to ask before every search. */
	Optional<Instant> lastChange() {
		return jdbc.sql("select max(changed_at) from service_type")
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * A digest of everything in service_type that decides what {@code current}/{@code version} return (codes,
	 * active flags, current versions, change times). Versions themselves never change, so equal digests mean a
	 * cached answer is still right; unlike the latest change time alone, this also notices a change stamped with an
	 * earlier time (another node's clock).
	 */
	String stateDigest() {
		return jdbc.sql("""
				select coalesce(md5(string_agg(id || ':' || code || ':' || active || ':'
				  || coalesce(current_version_id, 0) || ':' || changed_at, ',' order by id)), '')
				from service_type""").query(String.class).single();
	}

	private TypeRow typeRow(ResultSet rs, int n) throws SQLException {
		Timestamp retiredAt = rs.getTimestamp("retired_at");
		long current = rs.getLong("current_version_id");
		Long currentVersionId = rs.wasNull() ? null : current;
		return new TypeRow(rs.getLong("id"), rs.getString("code"), rs.getBoolean("active"), currentVersionId, rs.getInt("current_version"), rs.getString("seed_hash"),
				rs.getString("published_by"), retiredAt == null ? null : retiredAt.toInstant(),
				rs.getString("retired_by"), rs.getString("retired_reason"));
	}

	private VersionRow versionRow(ResultSet rs, int n) throws SQLException {
		return new VersionRow(rs.getLong("id"), rs.getLong("service_type_id"), rs.getString("code"),
				rs.getInt("version"), json.readValue(rs.getString("definition"), ServiceDefinition.class),
				rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getBoolean("active"));
	}
}
