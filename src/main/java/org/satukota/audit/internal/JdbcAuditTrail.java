package org.satukota.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.audit.AuditEntry;
import org.satukota.audit.AuditPage;
import org.satukota.audit.AuditQuery;
import org.satukota.audit.AuditTrail;
import org.satukota.audit.VerificationResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

	private final JdbcClient jdbc;

	/** Streams the chain in batches instead of loading it whole. */
	private final JdbcTemplate streaming;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
		this.clock = clock;
	}

	// One snapshot for rows and head, so appends running meanwhile on any node are consistently in or out.
	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public VerificationResult verify() {
		ChainVerifier verifier = new ChainVerifier(clock.instant());
		try (Stream<ChainRow> rows = streaming.queryForStream("select * from audit_entry order by seq",
				(rs, n) -> AuditLog.mapRow(rs))) {
			Iterator<ChainRow> iterator = rows.iterator();
			while (iterator.hasNext() && verifier.accept(iterator.next())) {
				// keep reading until the end or the first break
			}
		}
		VerificationResult result = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> verifier.finish(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseGet(() -> verifier.finish(null, null));
		var event = result.intact() ? log.atInfo() : log.atError();
		event.addKeyValue("audit.intact", result.intact())
			.addKeyValue("audit.rowsChecked", result.rowsChecked())
			.addKeyValue("audit.firstBrokenSeq", result.firstBrokenSeq())
			.addKeyValue("audit.problem", result.problem())
			.log("Audit chain verified: intact={} rows={} firstBrokenSeq={} problem={}", result.intact(), result.rowsChecked(), result.firstBrokenSeq(), result.problem());
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.actor() != null) {
			where.append(" and actor_username = :actor");
			params.put("actor", query.actor());
		}
		if (query.actionPrefix() != null) {
			where.append(" and action like :action escape '\\'");
			params.put("action", escapeLike(query.actionPrefix()) + "%");
		}
		if (query.recordType() != null) {
			where.append(" and record_type = :recordType");
			params.put("recordType", query.recordType());
		}
		if (query.recordId() != null) {
			where.append(" and record_id = :recordId");
			params.put("recordId", query.recordId());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", AuditLog.utc(query.from().atStartOfDay(query.zone()).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", AuditLog.utc(query.to().plusDays(1).atStartOfDay(query.zone()).toInstant()));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> entries = new ArrayList<>();
		if (total > (long) query.page() * query.size()) {
			jdbc.sql("select * from audit_entry" + where + " order by seq desc limit :limit offset :offset")
				.params(params)
				.param("limit", query.size())
				.param("offset", (long) query.page() * query.size())
				.query((rs, n) -> AuditLog.mapRow(rs).toEntry())
				.list()
				.forEach(entries::add);
		}
		return new AuditPage(entries, query.page(), query.size(), total);
	}

	static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
