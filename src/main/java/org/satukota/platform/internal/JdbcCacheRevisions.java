package org.satukota.platform.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.satukota.shared.CacheRevisions;
import org.satukota.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CacheRevisions} in the {@code cache_revision} table, read once per request for all caches together. */
@Component
class JdbcCacheRevisions implements CacheRevisions {

	private static final String REQUEST_MEMO = JdbcCacheRevisions.class.getName() + ".all";

	private final JdbcClient jdbc;

	JdbcCacheRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long current(String name) {
		return RequestMemo.get(REQUEST_MEMO, this::all).getOrDefault(name, 0L);
	}

	@Override
	public void bump(String name) {
		jdbc.sql("""
				insert into cache_revision (name, revision) values (:name, nextval('cache_revision_seq'))
				on conflict (name) do update set revision = excluded.revision""").param("name", name).update();
		RequestMemo.forget(REQUEST_MEMO);
	}

	private Map<String, Long> all() {
		return jdbc.sql("select name, revision from cache_revision")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
