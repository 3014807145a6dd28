package org.satukota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.dataset.DatasetStale;
import org.satukota.dataset.DatasetUpdated;
import org.satukota.pengaduan.ComplaintSubmitted;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command center's city-wide feed takes other modules' decisions by action name only: a stale dataset and a new
 * complaint reach the wall, an ordinary dataset update does not.
 */
@IntegrationTest
class CityFeedIntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staleDatasetsAndNewComplaintsReachTheCityFeedButOrdinaryUpdatesDoNot() {
		String slug = "feed-" + UUID.randomUUID().toString().substring(0, 8);
		UUID complaintId = UUID.randomUUID();
		Instant now = Instant.now();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new DatasetUpdated(1L, slug, 2, "upload", 10, Actor.SYSTEM, now));
			events.publishEvent(new DatasetStale(1L, slug, 1L, now.minusSeconds(60), Actor.SYSTEM, now));
			events.publishEvent(new ComplaintSubmitted(complaintId, "ADU-TEST-1", "jalan-rusak", Actor.SYSTEM, now));
		});

		await().atMost(Duration.ofSeconds(15))
			.until(() -> actionsFor(complaintId.toString()).contains("pengaduan.submitted")
					&& actionsFor(slug).contains("dataset.stale"));
		assertThat(actionsFor(slug)).containsExactly("dataset.stale");
		assertThat(jdbc.sql("SELECT detail FROM kendali_feed WHERE record_id = :id")
			.param("id", complaintId.toString())
			.query(String.class)
			.list()).allSatisfy(detail -> assertThat(String.valueOf(detail)).doesNotContain("jalan-rusak"));
	}

	private List<String> actionsFor(String recordId) {
		return jdbc.sql("SELECT action FROM kendali_feed WHERE record_id = :id ORDER BY id")
			.param("id", recordId)
			.query(String.class)
			.list();
	}
}
