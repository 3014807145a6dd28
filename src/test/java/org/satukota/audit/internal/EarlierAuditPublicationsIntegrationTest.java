package org.satukota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.audit.internal.AuditTrailIntegrationTest.SomethingDecided;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class EarlierAuditPublicationsIntegrationTest {

	@Autowired
	EarlierAuditPublications earlier;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDecisionLeftIncompleteByTheFormerAsynchronousDeliveryIsRecordedAtStart() {
		String recordId = "L-" + UUID.randomUUID().toString().substring(0, 8);
		SomethingDecided event = new SomethingDecided(new Actor("lurah.lama", "PEJABAT_PENANDATANGAN", 9L),
				"ujiaudit.disetujui", "permohonan", recordId, Instant.parse("2026-11-20T03:00:00Z"), "Lengkap");
		UUID publication = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				values (:id, :listener, :type, :event, :published, 'PUBLISHED', 1)""")
			.param("id", publication)
			.param("listener", EarlierAuditPublications.LISTENER_PREFIX + "on(org.satukota.shared.AuditedEvent)")
			.param("type", SomethingDecided.class.getName())
			.param("event", json.writeValueAsString(event))
			.param("published", Timestamp.from(Instant.parse("2026-11-20T03:00:01Z")))
			.update();

		earlier.recordIncomplete();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from audit_entry where record_id = ?")
				.param(recordId)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc.sql("select actor_username || '|' || action || '|' || reason from audit_entry where record_id = ?")
			.param(recordId)
			.query(String.class)
			.single()).isEqualTo("lurah.lama|ujiaudit.disetujui|Lengkap");
		assertThat(jdbc.sql("select completion_date is not null from event_publication where id = ?")
			.param(publication)
			.query(Boolean.class)
			.single()).isTrue();

		earlier.recordIncomplete();
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ?").param(recordId).query(Long.class)
			.single()).as("recorded once").isEqualTo(1);
	}
}
