package org.satukota.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satukota.open311.Open311KeyCreated;
import org.satukota.open311.Open311KeyRevoked;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API keys of Open311 clients. A key is random, shown once and stored only as a SHA-256 hash (keys are long
 * random strings, so a fast hash is enough and lets a call be checked with one indexed lookup). Revoked, never
 * deleted.
 */
@Component
class ApiKeys implements Callers {

	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

	static final int MAX_DESCRIPTION = 200;

	static final int MAX_REASON = 500;

	/** Calls update "last used" at most this often per key, so busy clients do not write on every post. */
	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A key as admins see it (never the key itself). */
	record KeyRow(long id, String name, String description, String keyPrefix, boolean active, Instant createdAt,
			String createdBy, Instant revokedAt, String revokedBy, String revokedReason, Instant lastUsedAt) {
	}

	/** A new key: {@code key} is the only time the key is available in clear. */
	record CreatedKey(long id, String name, String key) {
	}

	@Transactional
	public CreatedKey create(String name, String description, Actor actor) {
		return register(name, description, newKey(), actor);
	}

	/** Issues a given key (the demo key); {@link #create} draws a random one. */
	@Transactional
	public CreatedKey register(String name, String description, String key, Actor actor) {
		String cleanName = name == null ? "" : name.strip();
		String cleanDescription = description == null || description.isBlank() ? null : description.strip();
		if (!NAME.matcher(cleanName).matches()) {
			throw new PolicyViolation("open311.key.name-invalid");
		}
		if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
			throw new PolicyViolation("open311.key.description-too-long", MAX_DESCRIPTION);
		}
		if (activeByName(cleanName).isPresent()) {
			throw new PolicyViolation("open311.key.name-taken", cleanName);
		}
		Instant now = clock.instant();
		long id;
		try {
			id = jdbc.sql("""
					insert into open311_api_key (name, description, key_hash, key_prefix, created_at, created_by)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(cleanName, cleanDescription, hash(key), key.substring(0, Math.min(9, key.length())),
						java.sql.Timestamp.from(now), actor.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException taken) {
			throw new PolicyViolation("open311.key.name-taken", cleanName);
		}
		events.publishEvent(new Open311KeyCreated(id, cleanName, actor, now));
		return new CreatedKey(id, cleanName, key);
	}

	@Transactional
	public void revoke(long id, String reason, Actor actor) {
		KeyRow key = find(id).orElseThrow(() -> new KeyNotFound(id));
		String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
		if (!key.active()) {
			throw new PolicyViolation("open311.key.already-revoked", key.name());
		}
		if (cleanReason != null && cleanReason.length() > MAX_REASON) {
			throw new PolicyViolation("open311.key.reason-too-long", MAX_REASON);
		}
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				update open311_api_key set active = false, revoked_at = ?, revoked_by = ?, revoked_reason = ?
				where id = ? and active""")
			.params(java.sql.Timestamp.from(now), actor.username(), cleanReason, id)
			.update();
		if (changed == 0) {
			throw new PolicyViolation("open311.key.already-revoked", key.name());
		}
		events.publishEvent(new Open311KeyRevoked(id, key.name(), actor, now, cleanReason));
	}

	@Override
	public Optional<Caller> authenticate(String apiKey) {
		if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
			return Optional.empty();
		}
		Optional<Caller> caller = jdbc.sql("select id, name from open311_api_key where key_hash = ? and active")
			.param(hash(apiKey))
			.query((rs, n) -> new Caller(rs.getLong("id"), rs.getString("name")))
			.optional();
		caller.ifPresent(found -> {
			Instant now = clock.instant();
			jdbc.sql("""
					update open311_api_key set last_used_at = ?
					where id = ? and (last_used_at is null or last_used_at < ?)""")
				.params(java.sql.Timestamp.from(now), found.keyId(),
						java.sql.Timestamp.from(now.minus(LAST_USED_GRANULARITY)))
				.update();
		});
		return caller;
	}

	List<KeyRow> all() {
		return jdbc.sql("select * from open311_api_key order by active desc, name, created_at desc")
			.query(ApiKeys::row)
			.list();
	}

	Optional<KeyRow> find(long id) {
		return jdbc.sql("select * from open311_api_key where id = ?").param(id).query(ApiKeys::row).optional();
	}

	Optional<KeyRow> activeByName(String name) {
		return jdbc.sql("select * from open311_api_key where name = ? and active")
			.param(name)
			.query(ApiKeys::row)
			.optional();
	}

	/** Whether this exact key was ever issued (active or revoked). */
	boolean issued(String key) {
		return jdbc.sql("select count(*) from open311_api_key where key_hash = ?")
			.param(hash(key))
			.query(Long.class)
			.single() > 0;
	}

	private static KeyRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new KeyRow(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				rs.getString("key_prefix"), rs.getBoolean("active"), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "revoked_at"), rs.getString("revoked_by"),
				rs.getString("revoked_reason"), instant(rs, "last_used_at"));
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static String newKey() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
