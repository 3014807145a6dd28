package org.satukota.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.satukota.account.AccountKind;
import org.satukota.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of accounts and grants. State changes are named after what they mean, not after the columns. */
@Repository
class AccountRepository {

	private static final String COLUMNS = "id, kind, username, nik, full_name, email, phone, password_hash, enabled, "
			+ "failed_attempts, locked_until, created_at";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private Optional<Account> findOne(String condition, Object value) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE " + condition)
			.param(value)
			.query(AccountRepository::account)
			.optional();
	}

	Optional<Account> findById(long id) {
		return findOne("id = ?", id);
	}

	Optional<Account> findByUsername(String username) {
		return findOne("lower(username) = lower(?)", username);
	}

	Optional<Account> findCitizenByEmail(String email) {
		return findOne("kind = 'CITIZEN' AND lower(email) = lower(?)", email);
	}

	Optional<Account> findCitizenByPhone(String phone) {
		return findOne("kind = 'CITIZEN' AND phone = ?", phone);
	}

	Optional<Account> findCitizenByNik(String nik) {
		return findOne("kind = 'CITIZEN' AND nik = ?", nik);
	}

	boolean nikTaken(String nik) {
		return findCitizenByNik(nik).isPresent();
	}

	boolean citizenEmailTaken(String email) {
		return findCitizenByEmail(email).isPresent();
	}

	boolean citizenPhoneTaken(String phone) {
		return findCitizenByPhone(phone).isPresent();
	}

	boolean usernameTaken(String username) {
		return findByUsername(username).isPresent();
	}

	List<Account> staff() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE kind = 'STAFF' ORDER BY lower(username)")
			.query(AccountRepository::account)
			.list();
	}

	long nextId() {
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence('account', 'id'))").query(Long.class).single();
	}

	void insert(Account account, Instant now) {
		jdbc.sql("""
				INSERT INTO account (id, kind, username, nik, full_name, email, phone, password_hash, enabled,
				                     failed_attempts, created_at, updated_at)
				VALUES (:id, :kind, :username, :nik, :fullName, :email, :phone, :hash, :enabled, 0, :now, :now)""")
			.param("id", account.id())
			.param("kind", account.kind().name())
			.param("username", account.username())
			.param("nik", account.nik())
			.param("fullName", account.fullName())
			.param("email", account.email())
			.param("phone", account.phone())
			.param("hash", account.passwordHash())
			.param("enabled", account.enabled())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Inserts unless the username (or NIK, email, phone) is already taken; safe when two nodes seed at once. */
	boolean insertIfAbsent(Account account, Instant now) {
		return jdbc.sql("""
				INSERT INTO account (id, kind, username, nik, full_name, email, phone, password_hash, enabled,
				                     failed_attempts, created_at, updated_at)
				VALUES (:id, :kind, :username, :nik, :fullName, :email, :phone, :hash, TRUE, 0, :now, :now)
				ON CONFLICT DO NOTHING""")
			.param("id", account.id())
			.param("kind", account.kind().name())
			.param("username", account.username())
			.param("nik", account.nik())
			.param("fullName", account.fullName())
			.param("email", account.email())
			.param("phone", account.phone())
			.param("hash", account.passwordHash())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Counts one failed login; the {@code threshold}-th consecutive failure locks the account for {@code lockFor}
	 * and starts the count again. Done in one statement so that concurrent failures on several nodes all count.
	 * @return the new lock expiry when this failure locked the account
	 */
	Optional<Instant> recordFailedLogin(long id, Instant now, int threshold, Duration lockFor) {
		Instant until = now.plus(lockFor);
		Boolean locked = jdbc.sql("""
				UPDATE account SET
				  failed_attempts = CASE WHEN failed_attempts + 1 >= :threshold THEN 0 ELSE failed_attempts + 1 END,
				  locked_until = CASE WHEN failed_attempts + 1 >= :threshold THEN :until ELSE locked_until END,
				  updated_at = :now
				WHERE id = :id
				RETURNING locked_until IS NOT DISTINCT FROM :until""")
			.param("threshold", threshold)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		return Boolean.TRUE.equals(locked) ? Optional.of(until) : Optional.empty();
	}

	void recordSuccessfulLogin(long id, Instant now) {
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, updated_at = ? "
				+ "WHERE id = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
			.params(Timestamp.from(now), id)
			.update();
	}

	void unlock(long id, Instant now) {
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	void setEnabled(long id, boolean enabled, Instant now) {
		jdbc.sql("UPDATE account SET enabled = ?, updated_at = ? WHERE id = ?")
			.params(enabled, Timestamp.from(now), id)
			.update();
	}

	List<Grant> activeGrants(long accountId) {
		return jdbc.sql("SELECT * FROM role_grant WHERE account_id = ? AND revoked_at IS NULL ORDER BY granted_at, id")
			.param(accountId)
			.query(AccountRepository::grant)
			.list();
	}

	/** The active grants of each of {@code accountIds}, in one query (accounts without any are absent). */
	Map<Long, List<Grant>> activeGrantsOf(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT * FROM role_grant WHERE account_id IN (:ids) AND revoked_at IS NULL "
				+ "ORDER BY account_id, granted_at, id")
			.param("ids", accountIds)
			.query(AccountRepository::grant)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Grant::accountId, LinkedHashMap::new, Collectors.toList()));
	}

	List<Grant> allActiveGrants() {
		return jdbc.sql("SELECT * FROM role_grant WHERE revoked_at IS NULL ORDER BY account_id, granted_at, id")
			.query(AccountRepository::grant)
			.list();
	}

	Optional<Grant> findGrant(long grantId) {
		return jdbc.sql("SELECT * FROM role_grant WHERE id = ?").param(grantId).query(AccountRepository::grant).optional();
	}

	boolean holdsActive(long accountId, Role role, long unitId) {
		return jdbc.sql("SELECT count(*) FROM role_grant WHERE account_id = ? AND role = ? AND unit_id = ? "
				+ "AND revoked_at IS NULL")
			.params(accountId, role.name(), unitId)
			.query(Long.class)
			.single() > 0;
	}

	long insertGrant(long accountId, Role role, long unitId, Instant now, String grantedBy) {
		return jdbc.sql("""
				INSERT INTO role_grant (account_id, role, unit_id, granted_at, granted_by)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(accountId, role.name(), unitId, Timestamp.from(now), grantedBy)
			.query(Long.class)
			.single();
	}

	boolean revokeGrant(long grantId, Instant now, String revokedBy) {
		return jdbc.sql("UPDATE role_grant SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(now), revokedBy, grantId)
			.update() == 1;
	}

	List<Account> staffWithActiveRole(Role role) {
		return jdbc.sql("SELECT DISTINCT " + prefixed() + " FROM account a JOIN role_grant g ON g.account_id = a.id "
				+ "WHERE a.kind = 'STAFF' AND a.enabled AND g.role = ? AND g.revoked_at IS NULL")
			.param(role.name())
			.query(AccountRepository::account)
			.list();
	}

	private static String prefixed() {
		return "a." + COLUMNS.replace(", ", ", a.");
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("username"),
				rs.getString("nik"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), instant(rs, "created_at"));
	}

	private static Grant grant(ResultSet rs, int row) throws SQLException {
		return new Grant(rs.getLong("id"), rs.getLong("account_id"), Role.valueOf(rs.getString("role")),
				rs.getLong("unit_id"), instant(rs, "granted_at"), rs.getString("granted_by"), instant(rs, "revoked_at"),
				rs.getString("revoked_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
