package org.satukota.platform.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.satukota.shared.CacheRevisions;
import org.satukota.shared.RequestMemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CacheRevisions} in the {@code cache_revision} table, read for all caches together at most once per
 * {@code satukota.cache-revisions.max-age} (default one second) on each node, and once per web request.
 *
 * <p>Why not on every request: the revisions move when an administrator changes the unit tree, the calendar or the
 * complaint categories, a few times a day, while every page asked for them, a query per request. A change made on
 * this node is seen here at once (a bump drops what was read); one made on another node is seen within the maximum
 * age.
 */
@Component
class JdbcCacheRevisions implements CacheRevisions {

	private static final String REQUEST_MEMO = JdbcCacheRevisions.class.getName() + ".all";

	private final Object bumpedHere = new Object();

	private final JdbcClient jdbc;

	private final long maxAgeNanos;

	private final LongSupplier nanoTime;

	/** Moves on every bump on this node (and again when its transaction ends): a read older than that is not kept. */
	private final AtomicLong bumps = new AtomicLong();

	private volatile Read lastRead;

	@Autowired
	JdbcCacheRevisions(JdbcClient jdbc, @Value("${satukota.cache-revisions.max-age:1s}") Duration maxAge) {
		this(jdbc, maxAge, System::nanoTime);
	}

	JdbcCacheRevisions(JdbcClient jdbc, Duration maxAge, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.maxAgeNanos = maxAge.toNanos();
		this.nanoTime = nanoTime;
	}

	@Override
	public long current(String name) {
		return RequestMemo.get(REQUEST_MEMO, this::recent).getOrDefault(name, 0L);
	}

	@Override
	public void bump(String name) {
		jdbc.sql("""
				insert into cache_revision (name, revision) values (:name, nextval('cache_revision_seq'))
				on conflict (name) do update set revision = excluded.revision""").param("name", name).update();
		forgetLastRead();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(bumpedHere)) {
			// Until it ends, this transaction reads its own bumps from the table, never a read made without them.
			TransactionSynchronizationManager.bindResource(bumpedHere, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(bumpedHere);
					forgetLastRead();
				}
			});
		}
		RequestMemo.forget(REQUEST_MEMO);
	}

	private Map<String, Long> recent() {
		if (TransactionSynchronizationManager.hasResource(bumpedHere)) {
			return all();
		}
		Read read = lastRead;
		long now = nanoTime.getAsLong();
		long bumpsNow = bumps.get();
		if (read != null && read.bumps == bumpsNow && now - read.startedAt < maxAgeNanos) {
			return read.revisions;
		}
		Map<String, Long> revisions = all();
		lastRead = new Read(revisions, now, bumpsNow);
		return revisions;
	}

	private void forgetLastRead() {
		bumps.incrementAndGet();
	}

	private Map<String, Long> all() {
		return jdbc.sql("select name, revision from cache_revision")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The revisions as read when this node last asked, with when it started asking. */
	private record Read(Map<String, Long> revisions, long startedAt, long bumps) {
	}
}
