package org.satukota.audit.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.satukota.shared.AuditedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions published before the audit module recorded them in the deciding transaction were delivered through the
 * event publication registry. Any such delivery still incomplete at start (for example after a crash during an
 * upgrade) is recorded now and its publication marked complete, so no decision is missing from the trail.
 */
@Component
class EarlierAuditPublications {

	private static final Logger log = LoggerFactory.getLogger(EarlierAuditPublications.class);

	/** How the registry named the former asynchronous listener {@code AuditListener.on(AuditedEvent)}. */
	static final String LISTENER_PREFIX = "org.satukota.audit.internal.AuditListener.";

	private record Publication(String id, String eventType, String serializedEvent) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditLog auditLog;

	private final AuditChainer chainer;

	private final TransactionTemplate transactions;

	EarlierAuditPublications(JdbcClient jdbc, JsonMapper json, AuditLog auditLog, AuditChainer chainer,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.auditLog = auditLog;
		this.chainer = chainer;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recordIncomplete() {
		List<Publication> incomplete = jdbc.sql("""
				select id::text, event_type, serialized_event from event_publication
				where listener_id like :prefix and completion_date is null order by publication_date""")
			.param("prefix", LISTENER_PREFIX + "%")
			.query((rs, n) -> new Publication(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		int recorded = 0;
		for (Publication publication : incomplete) {
			try {
				AuditedEvent event = event(publication);
				transactions.executeWithoutResult(status -> {
					auditLog.record(event);
					jdbc.sql("update event_publication set completion_date = now(), status = 'COMPLETED' "
							+ "where id = cast(:id as uuid)").param("id", publication.id()).update();
				});
				recorded++;
			}
			catch (ClassNotFoundException | RuntimeException ex) {
				log.error("Earlier audit publication {} ({}) could not be recorded; it stays incomplete",
						publication.id(), publication.eventType(), ex);
			}
		}
		if (recorded > 0) {
			log.info("Recorded {} audited decisions left incomplete by the earlier delivery", recorded);
			chainer.wake();
		}
	}

	private AuditedEvent event(Publication publication) throws ClassNotFoundException {
		Class<?> type = Class.forName(publication.eventType(), false, getClass().getClassLoader());
		// The registry stored the event as JSON written by the platform's own mapper.
		return (AuditedEvent) json.readValue(publication.serializedEvent(), type);
	}
}
