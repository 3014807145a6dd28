package org.satukota.layanan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.satukota.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the shipped service types into the catalogue, in every mode (the catalogue is part of the platform).
 * Idempotent and safe on two nodes (advisory lock). A shipped type that was never touched by an admin follows
 * improved seed text by publishing a new version; one an admin edited or retired is left exactly as it is.
 */
@Component
class ServiceSeeder {

	private static final Logger log = LoggerFactory.getLogger(ServiceSeeder.class);

	/** Arbitrary but fixed: the advisory lock all nodes take while seeding service types. */
	private static final long SEED_LOCK = 0x5a7d_0009L;

	private final ServiceRepository repository;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	ServiceSeeder(ServiceRepository repository, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** Returns how many versions were published (0 when everything was already in place). */
	int seed() {
		List<ServiceSeeds.Seed> seeds = ServiceSeeds.all();
		if (upToDate(seeds)) {
			return 0;
		}
		Integer published = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query((rs, n) -> 1).list();
			int count = 0;
			Instant now = clock.instant();
			for (ServiceSeeds.Seed seed : seeds) {
				count += apply(seed, now);
			}
			return count;
		});
		int count = published == null ? 0 : published;
		log.info("Seeded {} service type versions", count);
		return count;
	}

	private boolean upToDate(List<ServiceSeeds.Seed> seeds) {
		Map<String, ServiceRepository.TypeRow> types = repository.allTypes()
			.stream()
			.collect(Collectors.toMap(ServiceRepository.TypeRow::code, Function.identity()));
		return seeds.stream().allMatch(seed -> {
			ServiceRepository.TypeRow type = types.get(seed.code());
			return type != null && (!followsSeed(type) || Objects.equals(type.seedHash(), hash(seed)));
		});
	}

	private int apply(ServiceSeeds.Seed seed, Instant now) {
		String hash = hash(seed);
		var existing = repository.findType(seed.code());
		if (existing.isEmpty()) {
			long typeId = repository.insertType(seed.code(), hash, now).orElseThrow();
			repository.insertVersion(typeId, 1, seed.definition(), now, Actor.SYSTEM.username());
			return 1;
		}
		ServiceRepository.TypeRow type = existing.get();
		if (followsSeed(type) && !hash.equals(type.seedHash())) {
			repository.insertVersion(type.id(), type.currentVersion() + 1, seed.definition(), now,
					Actor.SYSTEM.username());
			repository.updateSeedHash(type.id(), hash);
			return 1;
		}
		return 0;
	}

	/** Only types created from a seed and never edited or retired by an admin follow the shipped text. */
	private static boolean followsSeed(ServiceRepository.TypeRow type) {
		return type.seedHash() != null && type.active() && Actor.SYSTEM.username().equals(type.currentPublishedBy());
	}

	String hash(ServiceSeeds.Seed seed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(json.writeValueAsString(seed.definition()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
