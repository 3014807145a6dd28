package org.satukota.peringatan.internal;

import static org.satukota.peringatan.internal.AlertRepository.instant;
import static org.satukota.peringatan.internal.AlertRepository.ts;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** External feed subscriptions, the alerts they delivered and their fetch errors. */
@Repository
class ExternalRepository {

	record Subscription(long id, String name, String url, boolean active, int intervalMinutes, Instant nextFetchAt,
			Instant lastFetchedAt, Boolean lastOk, Instant createdAt, String createdBy) {
	}

	record Received(long id, Long subscriptionId, String sourceUrl, String sender, String identifier, Instant sent,
			String sentText, String status, String msgType, String event, String headline, String description,
			String instruction, String severity, String urgency, String certainty, String areaDesc, Instant expires,
			Instant receivedAt, String xml) {
	}

	record FetchError(long id, long subscriptionId, Instant occurredAt, String url, String code, String detail) {
	}

	private final JdbcClient jdbc;

	ExternalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long register(String name, URI url, Instant now, String createdBy) {
		return jdbc.sql("""
				INSERT INTO peringatan_langganan (name, url, next_fetch_at, created_at, created_by)
				VALUES (:name, :url, :now, :now, :by) RETURNING id""")
			.param("name", name)
			.param("url", url.toString())
			.param("now", ts(now))
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	boolean urlTaken(String url) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM peringatan_langganan WHERE url = :url)")
			.param("url", url)
			.query(Boolean.class)
			.single();
	}

	void setActive(long id, boolean active, Instant now) {
		jdbc.sql("UPDATE peringatan_langganan SET active = :active, next_fetch_at = :now WHERE id = :id")
			.param("active", active)
			.param("now", ts(now))
			.param("id", id)
			.update();
	}

	Optional<Subscription> subscription(long id) {
		return jdbc.sql("SELECT * FROM peringatan_langganan WHERE id = :id")
			.param("id", id)
			.query(this::subscriptionRow)
			.optional();
	}

	List<Subscription> subscriptions() {
		return jdbc.sql("SELECT * FROM peringatan_langganan ORDER BY name, id").query(this::subscriptionRow).list();
	}

	/**
	 * Claims the next due subscription for this node: its next fetch moves forward in the same statement, and
	 * rows another node is claiming are skipped, so two nodes never fetch one feed in the same round.
	 */
	Optional<Subscription> claimDue(Instant now) {
		return jdbc.sql("""
				UPDATE peringatan_langganan SET next_fetch_at = CAST(:now AS timestamptz) + make_interval(mins => interval_minutes)
				WHERE id = (SELECT id FROM peringatan_langganan WHERE active AND next_fetch_at <= CAST(:now AS timestamptz)
				  ORDER BY next_fetch_at FOR UPDATE SKIP LOCKED LIMIT 1)
				RETURNING *""")
			.param("now", ts(now))
			.query(this::subscriptionRow)
			.optional();
	}

	void recordOutcome(long id, boolean ok, Instant now) {
		jdbc.sql("UPDATE peringatan_langganan SET last_fetched_at = :now, last_ok = :ok WHERE id = :id")
			.param("now", ts(now))
			.param("ok", ok)
			.param("id", id)
			.update();
	}

	void recordError(long subscriptionId, String url, String code, String detail, Instant now) {
		jdbc.sql("""
				INSERT INTO peringatan_fetch_error (subscription_id, occurred_at, url, code, detail)
				VALUES (:sub, :now, :url, :code, :detail)""")
			.param("sub", subscriptionId)
			.param("now", ts(now))
			.param("url", url)
			.param("code", code)
			.param("detail", detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
			.update();
	}

	List<FetchError> recentErrors(long subscriptionId, int limit) {
		return jdbc.sql("""
				SELECT * FROM peringatan_fetch_error WHERE subscription_id = :sub
				ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
			.param("sub", subscriptionId)
			.param("limit", limit)
			.query((rs, i) -> new FetchError(rs.getLong("id"), rs.getLong("subscription_id"),
					instant(rs, "occurred_at"), rs.getString("url"), rs.getString("code"), rs.getString("detail")))
			.list();
	}

	boolean sourceKnown(String sourceUrl) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM peringatan_eksternal WHERE source_url = :url)")
			.param("url", sourceUrl)
			.query(Boolean.class)
			.single();
	}

	/** Stores a message once; empty when the same sender, identifier and sent was stored before. */
	Optional<Long> storeOnce(long subscriptionId, String sourceUrl, Cap.Alert alert, Instant sent, Instant expires,
			String xml, Instant now) {
		Cap.Info info = alert.info();
		String areaDesc = info == null ? null
				: String.join("; ", info.areas().stream().map(Cap.Area::description).toList());
		Optional<Long> id = jdbc.sql("""
				INSERT INTO peringatan_eksternal (subscription_id, source_url, sender, identifier, sent, sent_text,
				  status, msg_type, scope, event, headline, description, instruction, severity, urgency, certainty,
				  area_desc, expires, received_at, xml)
				VALUES (:sub, :source, :sender, :identifier, :sent, :sentText, :status, :msgType, :scope, :event,
				  :headline, :description, :instruction, :severity, :urgency, :certainty, :areaDesc, :expires, :now,
				  :xml)
				ON CONFLICT (sender, identifier, sent) DO NOTHING RETURNING id""")
			.param("sub", subscriptionId)
			.param("source", sourceUrl)
			.param("sender", alert.sender())
			.param("identifier", alert.identifier())
			.param("sent", ts(sent))
			.param("sentText", alert.sent())
			.param("status", alert.status())
			.param("msgType", alert.msgType())
			.param("scope", alert.scope())
			.param("event", info == null ? null : info.event())
			.param("headline", info == null ? null : info.headline())
			.param("description", info == null ? null : info.description())
			.param("instruction", info == null ? null : info.instruction())
			.param("severity", info == null ? null : info.severity())
			.param("urgency", info == null ? null : info.urgency())
			.param("certainty", info == null ? null : info.certainty())
			.param("areaDesc", areaDesc)
			.param("expires", ts(expires))
			.param("now", ts(now))
			.param("xml", xml)
			.query(Long.class)
			.optional();
		id.ifPresent(externalId -> {
			for (Cap.Reference reference : alert.references()) {
				jdbc.sql("""
						INSERT INTO peringatan_eksternal_ref (external_id, ref_sender, ref_identifier)
						VALUES (:id, :sender, :identifier)""")
					.param("id", externalId)
					.param("sender", reference.sender())
					.param("identifier", reference.identifier())
					.update();
			}
		});
		return id;
	}

	Optional<Received> received(long id) {
		return jdbc.sql("SELECT * FROM peringatan_eksternal WHERE id = :id").param("id", id).query(this::receivedRow)
			.optional();
	}

	List<Received> recentlyReceived(long subscriptionId, int limit) {
		return jdbc.sql("""
				SELECT * FROM peringatan_eksternal WHERE subscription_id = :sub
				ORDER BY received_at DESC, id DESC LIMIT :limit""")
			.param("sub", subscriptionId)
			.param("limit", limit)
			.query(this::receivedRow)
			.list();
	}

	/** Actual alerts and updates not expired and not referenced by a later message of the same sender. */
	List<Received> inForce(Instant now) {
		return jdbc.sql("""
				SELECT * FROM peringatan_eksternal e
				WHERE e.status = 'Actual' AND e.msg_type IN ('Alert', 'Update')
				  AND (e.expires IS NULL OR e.expires > :now)
				  AND NOT EXISTS (SELECT 1 FROM peringatan_eksternal_ref r
				    WHERE r.ref_sender = e.sender AND r.ref_identifier = e.identifier)
				ORDER BY e.sent DESC, e.id DESC LIMIT 200""")
			.param("now", ts(now))
			.query(this::receivedRow)
			.list();
	}

	private Subscription subscriptionRow(ResultSet rs, int rowNum) throws SQLException {
		boolean ok = rs.getBoolean("last_ok");
		Boolean lastOk = rs.wasNull() ? null : ok;
		return new Subscription(rs.getLong("id"), rs.getString("name"), rs.getString("url"), rs.getBoolean("active"),
				rs.getInt("interval_minutes"), instant(rs, "next_fetch_at"), instant(rs, "last_fetched_at"),
				lastOk, instant(rs, "created_at"), rs.getString("created_by"));
	}

	private Received receivedRow(ResultSet rs, int rowNum) throws SQLException {
		long sub = rs.getLong("subscription_id");
		Long subscriptionId = rs.wasNull() ? null : sub;
		return new Received(rs.getLong("id"), subscriptionId, rs.getString("source_url"), rs.getString("sender"),
				rs.getString("identifier"), instant(rs, "sent"), rs.getString("sent_text"), rs.getString("status"),
				rs.getString("msg_type"), rs.getString("event"), rs.getString("headline"),
				rs.getString("description"), rs.getString("instruction"), rs.getString("severity"),
				rs.getString("urgency"), rs.getString("certainty"), rs.getString("area_desc"), instant(rs, "expires"),
				instant(rs, "received_at"), rs.getString("xml"));
	}
}
