package org.satukota.kendali.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.satukota.kendali.internal.Records.Call;
import org.satukota.kendali.internal.Records.Cctv;
import org.satukota.kendali.internal.Records.FieldUnit;
import org.satukota.kendali.internal.Records.Incident;
import org.satukota.kendali.internal.Records.IncidentEvent;
import org.satukota.kendali.internal.Records.IncidentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for calls, incidents, their events, field units and their status events, and the CCTV registry. */
@Repository
class KendaliRepository {

	private static final String INCIDENT_SELECT = """
			SELECT i.*, t.code AS type_code, t.name AS type_name, t.response_target_seconds
			FROM kendali_incident i JOIN kendali_incident_type t ON t.id = i.type_id
			""";

	private static final String EFFECTIVE = " NOT EXISTS (SELECT 1 FROM kendali_unit_event c WHERE c.corrects_event_id = e.id)";

	private final JdbcClient jdbc;

	KendaliRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- incident types

	List<IncidentType> currentTypes() {
		return jdbc.sql("SELECT * FROM kendali_incident_type WHERE current ORDER BY sort_order, name")
			.query(KendaliRepository::type)
			.list();
	}

	Optional<IncidentType> currentType(String code) {
		return jdbc.sql("SELECT * FROM kendali_incident_type WHERE current AND code = :code")
			.param("code", code)
			.query(KendaliRepository::type)
			.optional();
	}

	List<IncidentType> typeVersions(String code) {
		return jdbc.sql("SELECT * FROM kendali_incident_type WHERE code = :code ORDER BY version DESC")
			.param("code", code)
			.query(KendaliRepository::type)
			.list();
	}

	IncidentType addTypeVersion(String code, String parentCode, String name, Integer targetSeconds,
			List<String> agencies, int sortOrder, boolean active, Instant now, String by, String reason) {
		jdbc.sql("SELECT id FROM kendali_incident_type WHERE code = :code FOR UPDATE").param("code", code).query().listOfRows();
		int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM kendali_incident_type WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
		jdbc.sql("UPDATE kendali_incident_type SET current = FALSE WHERE code = :code AND current")
			.param("code", code)
			.update();
		long id = jdbc.sql("""
				INSERT INTO kendali_incident_type (code, version, parent_code, name, response_target_seconds,
				  default_agencies, sort_order, active, current, created_at, created_by, change_reason)
				VALUES (:code, :version, :parent, :name, :target, :agencies, :sort, :active, TRUE, :now, :by, :reason)
				RETURNING id""")
			.param("code", code)
			.param("version", version)
			.param("parent", parentCode)
			.param("name", name)
			.param("target", targetSeconds)
			.param("agencies", String.join(",", agencies))
			.param("sort", sortOrder)
			.param("active", active)
			.param("now", ts(now))
			.param("by", by)
			.param("reason", reason)
			.query(Long.class)
			.single();
		return new IncidentType(id, code, version, parentCode, name, targetSeconds, List.copyOf(agencies), sortOrder,
				active);
	}

	// ---- incidents

	long nextIncidentSequence() {
		return jdbc.sql("SELECT nextval('kendali_incident_number_seq')").query(Long.class).single();
	}

	long insertIncident(String number, long typeId, Priority priority, Double lat, Double lon, Long kelurahanId,
			String address, String description, Instant reportedAt, Instant receivedAt, Instant now, String by) {
		return jdbc.sql("""
				INSERT INTO kendali_incident (number, type_id, priority, latitude, longitude, kelurahan_id, address,
				  description, reported_at, received_at, recorded_at, recorded_by, status)
				VALUES (:number, :type, :priority, :lat, :lon, :kel, :address, :description, :reported, :received, :now,
				  :by, 'NEW')
				RETURNING id""")
			.param("number", number)
			.param("type", typeId)
			.param("priority", priority.name())
			.param("lat", lat)
			.param("lon", lon)
			.param("kel", kelurahanId)
			.param("address", address)
			.param("description", description)
			.param("reported", ts(reportedAt))
			.param("received", ts(receivedAt))
			.param("now", ts(now))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<Incident> incident(long id) {
		return jdbc.sql(INCIDENT_SELECT + " WHERE i.id = :id").param("id", id).query(KendaliRepository::incident).optional();
	}

	Optional<Incident> lockIncident(long id) {
		jdbc.sql("SELECT id FROM kendali_incident WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
		return incident(id);
	}

	List<Incident> openIncidents() {
		return jdbc.sql(INCIDENT_SELECT + " WHERE i.status <> 'CLOSED' ORDER BY i.received_at DESC")
			.query(KendaliRepository::incident)
			.list();
	}

	List<Incident> recentIncidents(Instant since) {
		return jdbc.sql(INCIDENT_SELECT + " WHERE i.received_at >= :since OR i.status <> 'CLOSED' ORDER BY i.received_at DESC LIMIT 200")
			.param("since", ts(since))
			.query(KendaliRepository::incident)
			.list();
	}

	List<Incident> incidentsReceived(Instant from, Instant until) {
		return jdbc.sql(INCIDENT_SELECT + " WHERE i.received_at >= :from AND i.received_at < :until ORDER BY i.received_at")
			.param("from", ts(from))
			.param("until", ts(until))
			.query(KendaliRepository::incident)
			.list();
	}

	void updateIncidentStatus(long id, IncidentStatus status) {
		jdbc.sql("UPDATE kendali_incident SET status = :status WHERE id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	void closeIncident(long id, Disposition disposition, Instant at) {
		jdbc.sql("UPDATE kendali_incident SET status = 'CLOSED', disposition = :d, closed_at = :at WHERE id = :id")
			.param("d", disposition.name())
			.param("at", ts(at))
			.param("id", id)
			.update();
	}

	/** Applies a correction to the projection; {@code column} comes from a fixed list in {@link Dispatching}. */
	void correctIncidentColumn(long id, String column, Object value) {
		jdbc.sql("UPDATE kendali_incident SET " + column + " = :value WHERE id = :id")
			.param("value", value instanceof Instant instant ? ts(instant) : value)
			.param("id", id)
			.update();
	}

	void correctIncidentLocation(long id, Double lat, Double lon) {
		jdbc.sql("UPDATE kendali_incident SET latitude = :lat, longitude = :lon WHERE id = :id")
			.param("lat", lat)
			.param("lon", lon)
			.param("id", id)
			.update();
	}

	long appendIncidentEvent(long incidentId, String kind, Long agencyId, Instant occurredAt, Instant recordedAt,
			String by, String reason, String detail) {
		return jdbc.sql("""
				INSERT INTO kendali_incident_event (incident_id, kind, agency_id, occurred_at, recorded_at, recorded_by,
				  reason, detail)
				VALUES (:incident, :kind, :agency, :occurred, :recorded, :by, :reason, :detail) RETURNING id""")
			.param("incident", incidentId)
			.param("kind", kind)
			.param("agency", agencyId)
			.param("occurred", ts(occurredAt))
			.param("recorded", ts(recordedAt))
			.param("by", by)
			.param("reason", reason)
			.param("detail", detail)
			.query(Long.class)
			.single();
	}

	List<IncidentEvent> incidentEvents(long incidentId) {
		return jdbc.sql("SELECT * FROM kendali_incident_event WHERE incident_id = :id ORDER BY occurred_at, id")
			.param("id", incidentId)
			.query(KendaliRepository::incidentEvent)
			.list();
	}

	List<IncidentEvent> agencyEvents(Collection<Long> incidentIds) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM kendali_incident_event
				WHERE incident_id IN (:ids) AND agency_id IS NOT NULL ORDER BY occurred_at, id""")
			.param("ids", incidentIds)
			.query(KendaliRepository::incidentEvent)
			.list();
	}

	// ---- calls

	long insertCall(Instant received, Instant answered, String number, String name, CallChannel channel,
			CallClassification classification, Long incidentId, String callTaker, String notes, Instant now) {
		return jdbc.sql("""
				INSERT INTO kendali_call (received_at, answered_at, caller_number, caller_name, channel, classification,
				  incident_id, call_taker, notes, recorded_at)
				VALUES (:received, :answered, :number, :name, :channel, :class, :incident, :taker, :notes, :now)
				RETURNING id""")
			.param("received", ts(received))
			.param("answered", ts(answered))
			.param("number", number)
			.param("name", name)
			.param("channel", channel.name())
			.param("class", classification == null ? null : classification.name())
			.param("incident", incidentId)
			.param("taker", callTaker)
			.param("notes", notes)
			.param("now", ts(now))
			.query(Long.class)
			.single();
	}

	List<Call> callsOf(long incidentId) {
		return jdbc.sql("SELECT * FROM kendali_call WHERE incident_id = :id ORDER BY received_at")
			.param("id", incidentId)
			.query(KendaliRepository::call)
			.list();
	}

	List<Call> callsReceived(Instant from, Instant until) {
		return jdbc.sql("SELECT * FROM kendali_call WHERE received_at >= :from AND received_at < :until ORDER BY received_at")
			.param("from", ts(from))
			.param("until", ts(until))
			.query(KendaliRepository::call)
			.list();
	}

	List<Call> recentCalls(int limit) {
		return jdbc.sql("SELECT * FROM kendali_call ORDER BY recorded_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(KendaliRepository::call)
			.list();
	}

	// ---- field units

	List<FieldUnit> fieldUnits(boolean activeOnly) {
		return jdbc.sql("SELECT * FROM kendali_field_unit" + (activeOnly ? " WHERE active" : "")
				+ " ORDER BY agency_id, call_sign")
			.query(KendaliRepository::fieldUnit)
			.list();
	}

	Optional<FieldUnit> fieldUnit(long id) {
		return jdbc.sql("SELECT * FROM kendali_field_unit WHERE id = :id").param("id", id).query(KendaliRepository::fieldUnit).optional();
	}

	Optional<FieldUnit> lockFieldUnit(long id) {
		return jdbc.sql("SELECT * FROM kendali_field_unit WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(KendaliRepository::fieldUnit)
			.optional();
	}

	boolean callSignTaken(String callSign) {
		return jdbc.sql("SELECT count(*) FROM kendali_field_unit WHERE lower(call_sign) = lower(:c)")
			.param("c", callSign)
			.query(Long.class)
			.single() > 0;
	}

	long insertFieldUnit(long agencyId, String callSign, String name, FieldUnitKind kind, Instant now, String by) {
		return jdbc.sql("""
				INSERT INTO kendali_field_unit (agency_id, call_sign, name, kind, created_at, created_by)
				VALUES (:agency, :sign, :name, :kind, :now, :by) RETURNING id""")
			.param("agency", agencyId)
			.param("sign", callSign)
			.param("name", name)
			.param("kind", kind.name())
			.param("now", ts(now))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void retireFieldUnit(long id, Instant now, String by) {
		jdbc.sql("UPDATE kendali_field_unit SET active = FALSE, retired_at = :now, retired_by = :by WHERE id = :id AND active")
			.param("now", ts(now))
			.param("by", by)
			.param("id", id)
			.update();
	}

	long appendUnitEvent(long fieldUnitId, UnitStatus status, Long incidentId, Instant occurredAt, Instant recordedAt,
			String by, Double lat, Double lon, Long correctsEventId, String reason) {
		return jdbc.sql("""
				INSERT INTO kendali_unit_event (field_unit_id, status, incident_id, occurred_at, recorded_at, recorded_by,
				  latitude, longitude, corrects_event_id, reason)
				VALUES (:unit, :status, :incident, :occurred, :recorded, :by, :lat, :lon, :corrects, :reason)
				RETURNING id""")
			.param("unit", fieldUnitId)
			.param("status", status.name())
			.param("incident", incidentId)
			.param("occurred", ts(occurredAt))
			.param("recorded", ts(recordedAt))
			.param("by", by)
			.param("lat", lat)
			.param("lon", lon)
			.param("corrects", correctsEventId)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	Optional<UnitEvent> unitEvent(long id) {
		return jdbc.sql("SELECT * FROM kendali_unit_event WHERE id = :id").param("id", id).query(KendaliRepository::unitEvent).optional();
	}

	boolean isCorrected(long unitEventId) {
		return jdbc.sql("SELECT count(*) FROM kendali_unit_event WHERE corrects_event_id = :id")
			.param("id", unitEventId)
			.query(Long.class)
			.single() > 0;
	}

	/** All status events (corrected ones included) of one unit. */
	List<UnitEvent> unitEvents(long fieldUnitId) {
		return jdbc.sql("SELECT * FROM kendali_unit_event WHERE field_unit_id = :id ORDER BY occurred_at, id")
			.param("id", fieldUnitId)
			.query(KendaliRepository::unitEvent)
			.list();
	}

	/** The latest effective event of every unit that has one. */
	List<UnitEvent> currentUnitEvents() {
		return jdbc.sql("SELECT DISTINCT ON (e.field_unit_id) e.* FROM kendali_unit_event e WHERE " + EFFECTIVE
				+ " ORDER BY e.field_unit_id, e.occurred_at DESC, e.id DESC")
			.query(KendaliRepository::unitEvent)
			.list();
	}

	/** Effective events of the units that worked on any of {@code incidentIds}, from {@code since} on. */
	List<UnitEvent> effectiveEventsOfUnitsOn(Collection<Long> incidentIds, Instant since) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT e.* FROM kendali_unit_event e
				WHERE e.field_unit_id IN (SELECT field_unit_id FROM kendali_unit_event WHERE incident_id IN (:ids))
				  AND e.occurred_at >= :since AND """ + EFFECTIVE + " ORDER BY e.occurred_at, e.id")
			.param("ids", incidentIds)
			.param("since", ts(since))
			.query(KendaliRepository::unitEvent)
			.list();
	}

	/** Current effective events in a status with a threshold that are older than it and not yet flagged. */
	List<UnitEvent> staleCandidates(UnitStatus status, Instant olderThan) {
		return jdbc.sql("""
				SELECT * FROM (
				  SELECT DISTINCT ON (e.field_unit_id) e.* FROM kendali_unit_event e WHERE """ + EFFECTIVE + """
				  ORDER BY e.field_unit_id, e.occurred_at DESC, e.id DESC) cur
				WHERE cur.status = :status AND cur.occurred_at < :before
				  AND NOT EXISTS (SELECT 1 FROM kendali_unit_stale_flag f WHERE f.unit_event_id = cur.id)""")
			.param("status", status.name())
			.param("before", ts(olderThan))
			.query(KendaliRepository::unitEvent)
			.list();
	}

	boolean flagStale(long unitEventId, Instant now) {
		return jdbc.sql("INSERT INTO kendali_unit_stale_flag (unit_event_id, flagged_at) VALUES (:id, :now) ON CONFLICT DO NOTHING")
			.param("id", unitEventId)
			.param("now", ts(now))
			.update() == 1;
	}

	// ---- CCTV

	List<Cctv> cctvs(boolean activeOnly) {
		return jdbc.sql("SELECT * FROM kendali_cctv" + (activeOnly ? " WHERE active" : "") + " ORDER BY name")
			.query(KendaliRepository::cctv)
			.list();
	}

	long insertCctv(String name, double lat, double lon, String location, String url, Long agencyId, Instant now,
			String by) {
		return jdbc.sql("""
				INSERT INTO kendali_cctv (name, latitude, longitude, location, stream_url, agency_id, created_at, created_by)
				VALUES (:name, :lat, :lon, :location, :url, :agency, :now, :by) RETURNING id""")
			.param("name", name)
			.param("lat", lat)
			.param("lon", lon)
			.param("location", location)
			.param("url", url)
			.param("agency", agencyId)
			.param("now", ts(now))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean retireCctv(long id) {
		return jdbc.sql("UPDATE kendali_cctv SET active = FALSE WHERE id = :id AND active").param("id", id).update() == 1;
	}

	// ---- mapping

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Double dbl(ResultSet rs, String column) throws SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? null : v;
	}

	private static Long lng(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}

	static IncidentType type(ResultSet rs, int row) throws SQLException {
		String agencies = rs.getString("default_agencies");
		List<String> list = agencies == null || agencies.isBlank() ? List.of()
				: new ArrayList<>(Arrays.stream(agencies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		return new IncidentType(rs.getLong("id"), rs.getString("code"), rs.getInt("version"), rs.getString("parent_code"),
				rs.getString("name"), integer(rs, "response_target_seconds"), List.copyOf(list), rs.getInt("sort_order"),
				rs.getBoolean("active"));
	}

	static Incident incident(ResultSet rs, int row) throws SQLException {
		String disposition = rs.getString("disposition");
		return new Incident(rs.getLong("id"), rs.getString("number"), rs.getLong("type_id"), rs.getString("type_code"),
				rs.getString("type_name"), Priority.valueOf(rs.getString("priority")), dbl(rs, "latitude"),
				dbl(rs, "longitude"), lng(rs, "kelurahan_id"), rs.getString("address"), rs.getString("description"),
				instant(rs, "reported_at"), instant(rs, "received_at"), instant(rs, "recorded_at"),
				rs.getString("recorded_by"), IncidentStatus.valueOf(rs.getString("status")),
				disposition == null ? null : Disposition.valueOf(disposition), instant(rs, "closed_at"),
				integer(rs, "response_target_seconds"));
	}

	static Call call(ResultSet rs, int row) throws SQLException {
		String classification = rs.getString("classification");
		return new Call(rs.getLong("id"), instant(rs, "received_at"), instant(rs, "answered_at"),
				rs.getString("caller_number"), rs.getString("caller_name"), CallChannel.valueOf(rs.getString("channel")),
				classification == null ? null : CallClassification.valueOf(classification), lng(rs, "incident_id"),
				rs.getString("call_taker"), rs.getString("notes"), instant(rs, "recorded_at"));
	}

	static IncidentEvent incidentEvent(ResultSet rs, int row) throws SQLException {
		return new IncidentEvent(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("kind"), lng(rs, "agency_id"),
				instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
				rs.getString("reason"), rs.getString("detail"));
	}

	static FieldUnit fieldUnit(ResultSet rs, int row) throws SQLException {
		return new FieldUnit(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("call_sign"), rs.getString("name"),
				FieldUnitKind.valueOf(rs.getString("kind")), rs.getBoolean("active"));
	}

	static UnitEvent unitEvent(ResultSet rs, int row) throws SQLException {
		return new UnitEvent(rs.getLong("id"), rs.getLong("field_unit_id"), UnitStatus.valueOf(rs.getString("status")),
				lng(rs, "incident_id"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
				rs.getString("recorded_by"), dbl(rs, "latitude"), dbl(rs, "longitude"), lng(rs, "corrects_event_id"),
				rs.getString("reason"));
	}

	static Cctv cctv(ResultSet rs, int row) throws SQLException {
		return new Cctv(rs.getLong("id"), rs.getString("name"), rs.getDouble("latitude"), rs.getDouble("longitude"),
				rs.getString("location"), rs.getString("stream_url"), lng(rs, "agency_id"), rs.getBoolean("active"));
	}
}
