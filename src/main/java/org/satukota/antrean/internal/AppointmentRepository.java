package org.satukota.antrean.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for schedules, day counters and bookings. */
@Repository
class AppointmentRepository {

	private static final String COLUMNS = "id, unit_id, day, number, queue_number, service_code, service_version_id, "
			+ "service_name, account_id, username, status, booked_at, called_at, called_by, finished_at, finished_by, "
			+ "cancelled_at, reminded_at";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- schedules

	Optional<Schedule> schedule(long unitId) {
		return jdbc.sql("SELECT unit_id, quota_per_service, quota_per_unit, opens_at, closes_at, session_minutes, "
				+ "days_ahead FROM antrean_schedule WHERE unit_id = ?")
			.param(unitId)
			.query((rs, n) -> new Schedule(rs.getLong("unit_id"), rs.getInt("quota_per_service"),
					(Integer) rs.getObject("quota_per_unit"), rs.getObject("opens_at", LocalTime.class),
					rs.getObject("closes_at", LocalTime.class), rs.getInt("session_minutes"), rs.getInt("days_ahead"),
					true))
			.optional();
	}

	List<Long> configuredUnits() {
		return jdbc.sql("SELECT unit_id FROM antrean_schedule ORDER BY unit_id").query(Long.class).list();
	}

	void saveSchedule(Schedule schedule, Instant now, String by) {
		jdbc.sql("INSERT INTO antrean_schedule (unit_id, quota_per_service, quota_per_unit, opens_at, closes_at, "
				+ "session_minutes, days_ahead, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "ON CONFLICT (unit_id) DO UPDATE SET quota_per_service = EXCLUDED.quota_per_service, "
				+ "quota_per_unit = EXCLUDED.quota_per_unit, opens_at = EXCLUDED.opens_at, "
				+ "closes_at = EXCLUDED.closes_at, session_minutes = EXCLUDED.session_minutes, "
				+ "days_ahead = EXCLUDED.days_ahead, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
			.params(schedule.unitId(), schedule.quotaPerService(), schedule.quotaPerUnit(), schedule.opensAt(),
					schedule.closesAt(), schedule.sessionMinutes(), schedule.daysAhead(), Timestamp.from(now), by)
			.update();
	}

	// --- the day's counter

	/** Locks the unit's counter for the day (creating it first), so quota checks and numbering are serialised. */
	int lockDay(long unitId, LocalDate day) {
		jdbc.sql("INSERT INTO antrean_day_counter (unit_id, day, last_number) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(unitId, day)
			.update();
		return jdbc.sql("SELECT last_number FROM antrean_day_counter WHERE unit_id = ? AND day = ? FOR UPDATE")
			.params(unitId, day)
			.query(Integer.class)
			.single();
	}

	void setLastNumber(long unitId, LocalDate day, int number) {
		jdbc.sql("UPDATE antrean_day_counter SET last_number = ? WHERE unit_id = ? AND day = ?")
			.params(number, unitId, day)
			.update();
	}

	// --- counts

	int countActive(long unitId, LocalDate day, String serviceCode) {
		return jdbc.sql("SELECT count(*) FROM antrean_appointment WHERE unit_id = ? AND day = ? AND service_code = ? "
				+ "AND status <> 'DIBATALKAN'").params(unitId, day, serviceCode).query(Integer.class).single();
	}

	int countActive(long unitId, LocalDate day) {
		return jdbc.sql("SELECT count(*) FROM antrean_appointment WHERE unit_id = ? AND day = ? "
				+ "AND status <> 'DIBATALKAN'").params(unitId, day).query(Integer.class).single();
	}

	/** Active bookings per day in a date range, for one service and for the unit as a whole. */
	List<DayCount> countsBetween(long unitId, String serviceCode, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT day, count(*) FILTER (WHERE service_code = ?) AS for_service, count(*) AS for_unit "
				+ "FROM antrean_appointment WHERE unit_id = ? AND day BETWEEN ? AND ? AND status <> 'DIBATALKAN' "
				+ "GROUP BY day")
			.params(serviceCode, unitId, from, to)
			.query((rs, n) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getInt("for_service"),
					rs.getInt("for_unit")))
			.list();
	}

	record DayCount(LocalDate day, int forService, int forUnit) {
	}

	boolean hasActive(long accountId, String serviceCode, LocalDate day) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM antrean_appointment WHERE account_id = ? AND service_code = ? "
				+ "AND day = ? AND status <> 'DIBATALKAN')").params(accountId, serviceCode, day)
			.query(Boolean.class)
			.single();
	}

	// --- bookings

	long insert(Appointment a) {
		return jdbc.sql("INSERT INTO antrean_appointment (unit_id, day, number, queue_number, service_code, "
				+ "service_version_id, service_name, account_id, username, status, booked_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(a.unitId(), a.day(), a.number(), a.queueNumber(), a.serviceCode(), a.serviceVersionId(),
					a.serviceName(), a.accountId(), a.username(), a.status().name(), Timestamp.from(a.bookedAt()))
			.query(Long.class)
			.single();
	}

	void updateState(Appointment a) {
		jdbc.sql("UPDATE antrean_appointment SET status = ?, called_at = ?, called_by = ?, finished_at = ?, "
				+ "finished_by = ?, cancelled_at = ? WHERE id = ?")
			.params(a.status().name(), ts(a.calledAt()), a.calledBy(), ts(a.finishedAt()), a.finishedBy(),
					ts(a.cancelledAt()), a.id())
			.update();
	}

	Optional<Appointment> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE id = ?").param(id)
			.query(AppointmentRepository::map)
			.optional();
	}

	Optional<Appointment> findForUpdate(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE id = ? FOR UPDATE").param(id)
			.query(AppointmentRepository::map)
			.optional();
	}

	List<Appointment> ofCitizen(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE account_id = ? "
				+ "ORDER BY day DESC, number").param(accountId).query(AppointmentRepository::map).list();
	}

	/** The day's queue of a unit in number order, cancelled bookings left out. */
	List<Appointment> queue(long unitId, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE unit_id = ? AND day = ? "
				+ "AND status <> 'DIBATALKAN' ORDER BY number").params(unitId, day)
			.query(AppointmentRepository::map)
			.list();
	}

	/**
	 * The lowest waiting number of the day, locked; a booking another counter is calling right now is skipped,
	 * so two counters never call the same citizen.
	 */
	Optional<Appointment> nextWaitingForUpdate(long unitId, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE unit_id = ? AND day = ? "
				+ "AND status = 'MENUNGGU' ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED").params(unitId, day)
			.query(AppointmentRepository::map)
			.optional();
	}

	/** Waiting bookings due for a reminder, locked so that a second node skips them. */
	List<Appointment> dueReminders(LocalDate after, LocalDate upTo, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM antrean_appointment WHERE status = 'MENUNGGU' "
				+ "AND reminded_at IS NULL AND day > ? AND day <= ? ORDER BY day, id LIMIT ? FOR UPDATE SKIP LOCKED")
			.params(after, upTo, limit)
			.query(AppointmentRepository::map)
			.list();
	}

	void markReminded(long id, Instant now) {
		jdbc.sql("UPDATE antrean_appointment SET reminded_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Appointment map(ResultSet rs, int row) throws SQLException {
		return new Appointment(rs.getLong("id"), rs.getLong("unit_id"), rs.getObject("day", LocalDate.class),
				rs.getInt("number"), rs.getString("queue_number"), rs.getString("service_code"),
				rs.getLong("service_version_id"), rs.getString("service_name"), rs.getLong("account_id"),
				rs.getString("username"), AppointmentStatus.valueOf(rs.getString("status")), instant(rs, "booked_at"),
				instant(rs, "called_at"), rs.getString("called_by"), instant(rs, "finished_at"),
				rs.getString("finished_by"), instant(rs, "cancelled_at"), instant(rs, "reminded_at"));
	}
}
