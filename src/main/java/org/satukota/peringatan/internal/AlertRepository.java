package org.satukota.peringatan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The city's published CAP messages: insert-only (a database trigger refuses updates and deletes). */
@Repository
class AlertRepository {

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextSequence() {
		return jdbc.sql("SELECT nextval('peringatan_identifier_seq')").query(Long.class).single();
	}

	long insert(StoredAlert a) {
		long id = jdbc.sql("""
				INSERT INTO peringatan_alert (identifier, sender, sent, sent_text, status, msg_type, scope, note,
				  references_text, root_identifier, chain_position, categories, event, urgency, severity, certainty,
				  headline, description, instruction, effective, onset, expires, published_by, published_role, xml)
				VALUES (:identifier, :sender, :sent, :sentText, :status, :msgType, :scope, :note, :references, :root,
				  :position, :categories, :event, :urgency, :severity, :certainty, :headline, :description,
				  :instruction, :effective, :onset, :expires, :publishedBy, :publishedRole, :xml)
				RETURNING id""")
			.param("identifier", a.identifier())
			.param("sender", a.sender())
			.param("sent", ts(a.sent()))
			.param("sentText", a.sentText())
			.param("status", a.status())
			.param("msgType", a.msgType())
			.param("scope", a.scope())
			.param("note", a.note())
			.param("references", a.referencesText())
			.param("root", a.rootIdentifier())
			.param("position", a.chainPosition())
			.param("categories", String.join(" ", a.categories()))
			.param("event", a.event())
			.param("urgency", a.urgency())
			.param("severity", a.severity())
			.param("certainty", a.certainty())
			.param("headline", a.headline())
			.param("description", a.description())
			.param("instruction", a.instruction())
			.param("effective", ts(a.effective()))
			.param("onset", ts(a.onset()))
			.param("expires", ts(a.expires()))
			.param("publishedBy", a.publishedBy())
			.param("publishedRole", a.publishedRole())
			.param("xml", a.xml())
			.query(Long.class)
			.single();
		int position = 0;
		for (Cap.Area area : a.areas()) {
			Cap.Geocode geocode = area.geocodes().isEmpty() ? null : area.geocodes().get(0);
			jdbc.sql("""
					INSERT INTO peringatan_area (alert_id, position, area_desc, polygons, circles, geocode_name,
					  geocode_value) VALUES (:id, :position, :desc, :polygons, :circles, :name, :value)""")
				.param("id", id)
				.param("position", position++)
				.param("desc", area.description())
				.param("polygons", String.join("\n", area.polygons()))
				.param("circles", String.join("\n", area.circles()))
				.param("name", geocode == null ? null : geocode.valueName())
				.param("value", geocode == null ? null : geocode.value())
				.update();
		}
		return id;
	}

	Optional<StoredAlert> find(String identifier) {
		return jdbc.sql("SELECT * FROM peringatan_alert WHERE identifier = :identifier")
			.param("identifier", identifier)
			.query(this::row)
			.optional()
			.map(this::withAreas);
	}

	/** Locks the first message of a chain, serialising updates and cancellations of one warning. */
	boolean lockChain(String rootIdentifier) {
		return !jdbc.sql("SELECT id FROM peringatan_alert WHERE identifier = :root AND chain_position = 0 FOR UPDATE")
			.param("root", rootIdentifier)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/** The messages of a warning, oldest first. */
	List<StoredAlert> chain(String rootIdentifier) {
		return jdbc.sql("SELECT * FROM peringatan_alert WHERE root_identifier = :root ORDER BY chain_position")
			.param("root", rootIdentifier)
			.query(this::row)
			.list();
	}

	/** The latest message of every warning, newest first. */
	List<StoredAlert> latestOfEachWarning(int limit) {
		return jdbc.sql("""
				SELECT * FROM (SELECT DISTINCT ON (root_identifier) * FROM peringatan_alert
				  ORDER BY root_identifier, chain_position DESC) latest
				ORDER BY sent DESC, id DESC LIMIT :limit""")
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** Warnings whose latest message is an Actual Alert or Update that has not expired, with their areas. */
	List<StoredAlert> inForce(Instant now) {
		return jdbc.sql("""
				SELECT * FROM (SELECT DISTINCT ON (root_identifier) * FROM peringatan_alert
				  ORDER BY root_identifier, chain_position DESC) latest
				WHERE msg_type <> 'Cancel' AND status = 'Actual' AND expires > :now
				ORDER BY sent DESC, id DESC""")
			.param("now", ts(now))
			.query(this::row)
			.list()
			.stream()
			.map(this::withAreas)
			.toList();
	}

	/** The most recent messages of any kind, newest first (the Atom feed). */
	List<StoredAlert> recent(int limit) {
		return jdbc.sql("SELECT * FROM peringatan_alert ORDER BY sent DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM peringatan_alert)").query(Boolean.class).single();
	}

	private StoredAlert withAreas(StoredAlert a) {
		List<Cap.Area> areas = jdbc.sql("SELECT * FROM peringatan_area WHERE alert_id = :id ORDER BY position")
			.param("id", a.id())
			.query((rs, i) -> {
				String name = rs.getString("geocode_name");
				List<Cap.Geocode> geocodes = name == null ? List.of()
						: List.of(new Cap.Geocode(name, rs.getString("geocode_value")));
				return new Cap.Area(rs.getString("area_desc"), lines(rs.getString("polygons")),
						lines(rs.getString("circles")), geocodes);
			})
			.list();
		return new StoredAlert(a.id(), a.identifier(), a.sender(), a.sent(), a.sentText(), a.status(), a.msgType(),
				a.scope(), a.note(), a.referencesText(), a.rootIdentifier(), a.chainPosition(), a.categories(),
				a.event(), a.urgency(), a.severity(), a.certainty(), a.headline(), a.description(), a.instruction(),
				a.effective(), a.onset(), a.expires(), a.publishedBy(), a.publishedRole(), a.xml(), areas);
	}

	private StoredAlert row(ResultSet rs, int rowNum) throws SQLException {
		return new StoredAlert(rs.getLong("id"), rs.getString("identifier"), rs.getString("sender"),
				instant(rs, "sent"), rs.getString("sent_text"), rs.getString("status"), rs.getString("msg_type"),
				rs.getString("scope"), rs.getString("note"), rs.getString("references_text"),
				rs.getString("root_identifier"), rs.getInt("chain_position"),
				Arrays.asList(rs.getString("categories").split(" ")), rs.getString("event"), rs.getString("urgency"),
				rs.getString("severity"), rs.getString("certainty"), rs.getString("headline"),
				rs.getString("description"), rs.getString("instruction"), instant(rs, "effective"),
				instant(rs, "onset"), instant(rs, "expires"), rs.getString("published_by"),
				rs.getString("published_role"), rs.getString("xml"), List.of());
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split("\n")));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
