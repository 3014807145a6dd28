package org.satukota.open311.internal;

import org.satukota.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: an Open311 key named {@code demo} whose value is {@code SATUKOTA_DEMO_OPEN311_KEY} (by default
 * {@value #DEFAULT_KEY}), so that any Open311 client can post at once. Idempotent and safe on two nodes: a key that
 * was already issued (even if an admin revoked it since) is left alone; when the configured value changes, the
 * previous demo key is revoked and the new one issued.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoOpen311Key implements ApplicationRunner {

	static final String DEFAULT_KEY = "demo-open311-key";

	static final String NAME = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOpen311Key.class);

	/** Arbitrary but fixed: the advisory lock nodes take while issuing the demo key. */
	private static final long LOCK = 0x5a7d_0311L;

	private final ApiKeys keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String key;

	DemoOpen311Key(ApiKeys keys, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${SATUKOTA_DEMO_OPEN311_KEY:" + DEFAULT_KEY + "}") String key) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.key = key == null || key.isBlank() ? DEFAULT_KEY : key.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (ensure()) {
			log.info("Demo mode: Open311 API key '{}' issued (value from SATUKOTA_DEMO_OPEN311_KEY, see docs/open311.md)",
					NAME);
		}
	}

	/** Returns whether a key was issued now. */
	boolean ensure() {
		Boolean issued = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
			if (keys.issued(key)) {
				return false;
			}
			keys.activeByName(NAME)
				.ifPresent(previous -> keys.revoke(previous.id(), "SATUKOTA_DEMO_OPEN311_KEY berubah", Actor.SYSTEM));
			keys.register(NAME, "Kunci demo untuk klien Open311 (mode demo)", key, Actor.SYSTEM);
			return true;
		});
		return Boolean.TRUE.equals(issued);
	}
}
