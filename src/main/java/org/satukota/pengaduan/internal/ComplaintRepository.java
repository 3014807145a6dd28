package org.satukota.pengaduan.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satukota.calendar.SlaClock;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.internal.Records.Action;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.satukota.pengaduan.internal.Records.Dossier;
import org.satukota.shared.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores reports, dispositions, the action log and attachments with plain SQL (one statement per change). */
@Repository
class ComplaintRepository {

	static final String COLUMNS = "id, tracking_number, channel, idempotency_key, kind, category_code, category_name, "
			+ "title, description, latitude, longitude, kelurahan_id, address, anonim, rahasia, reporter_account_id, "
			+ "reporter_name, reporter_email, reporter_phone, media_url, status, stage_seq, escalation_level, "
			+ "sla_started_at, sla_paused_working_days, sla_paused_at, sla_pause_reason, budget_working_days, "
			+ "status_note, question, duplicate_of, submitted_at, updated_at, disposed_at, first_response_at, "
			+ "answered_at, answered_on_time, closed_at, reopened_count, rating, rating_comment, support_count";

	private static final String DISPOSITIONS = "SELECT * FROM pengaduan_disposisi WHERE complaint_id = ? "
			+ "ORDER BY disposed_at, opd_id";

	private static final String ATTACHMENTS = "SELECT * FROM pengaduan_berkas WHERE complaint_id = ? "
			+ "ORDER BY added_at, file_id";

	private static final String ACTIONS = "SELECT * FROM pengaduan_aksi WHERE complaint_id = ? ORDER BY id";

	private static final String DOSSIER_BY_ID = String.join(";", "SELECT " + COLUMNS + " FROM pengaduan WHERE id = ?",
			DISPOSITIONS, ATTACHMENTS, ACTIONS);

	private static final String DOSSIER_BY_NUMBER = DOSSIER_BY_ID
		.replace("WHERE id = ?", "WHERE tracking_number = ?")
		.replace("complaint_id = ?", "complaint_id = (SELECT id FROM pengaduan WHERE tracking_number = ?)");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ComplaintRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long nextNumber() {
		return jdbc.sql("SELECT nextval('pengaduan_nomor_seq')").query(Long.class).single();
	}

	/**
	 * Inserts the report unless the channel already has one with its idempotency key; returns whether this call
	 * inserted it. A concurrent insert with the same key waits on the unique constraint until the first commits.
	 */
	boolean insertIfNew(Complaint c, Instant deadline, String reporterToken) {
		int inserted = jdbc.sql("""
				INSERT INTO pengaduan (id, tracking_number, channel, idempotency_key, kind, category_code, category_name,
				  title, description, latitude, longitude, kelurahan_id, address, anonim, rahasia, reporter_account_id,
				  reporter_name, reporter_email, reporter_phone, media_url, status, stage_seq, escalation_level,
				  sla_started_at, budget_working_days, deadline_at, due_at, reporter_token, submitted_at, updated_at)
				VALUES (:id, :number, :channel, :key, :kind, :category, :categoryName, :title, :description, :lat, :lon,
				  :kelurahan, :address, :anonim, :rahasia, :account, :name, :email, :phone, :media, :status, :seq, 0,
				  :started, :budget, :due, :due, :token, :now, :now)
				ON CONFLICT (channel, idempotency_key) DO NOTHING""")
			.param("id", c.id)
			.param("number", c.trackingNumber)
			.param("channel", c.channel)
			.param("key", c.idempotencyKey)
			.param("kind", c.kind.name())
			.param("category", c.categoryCode)
			.param("categoryName", c.categoryName)
			.param("title", c.title)
			.param("description", c.description)
			.param("lat", c.latitude)
			.param("lon", c.longitude)
			.param("kelurahan", c.kelurahanId)
			.param("address", c.address)
			.param("anonim", c.anonim)
			.param("rahasia", c.rahasia)
			.param("account", c.reporterAccountId)
			.param("name", c.reporterName)
			.param("email", c.reporterEmail)
			.param("phone", c.reporterPhone)
			.param("media", c.mediaUrl)
			.param("status", c.status.name())
			.param("seq", c.stageSeq)
			.param("started", ts(c.clock.startedAt()))
			.param("budget", c.budget)
			.param("due", ts(deadline))
			.param("token", reporterToken)
			.param("now", ts(c.submittedAt))
			.update();
		return inserted == 1;
	}

	Optional<Complaint> findByKey(String channel, String key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pengaduan WHERE channel = :channel AND idempotency_key = :key")
			.param("channel", channel)
			.param("key", key)
			.query(this::map)
			.optional();
	}

	Optional<Complaint> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pengaduan WHERE id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Complaint> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pengaduan WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<String> reporterToken(UUID id) {
		return jdbc.sql("SELECT reporter_token FROM pengaduan WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/**
	 * A report with its dispositions, attachments and action log, as its page shows them: the four queries go to the
	 * database together and come back in one round trip.
	 */
	Optional<Dossier> dossier(UUID id) {
		return dossier(DOSSIER_BY_ID, id);
	}

	/** As {@link #dossier(UUID)}, by tracking number. */
	Optional<Dossier> dossierByNumber(String trackingNumber) {
		return dossier(DOSSIER_BY_NUMBER, trackingNumber);
	}

	private Optional<Dossier> dossier(String sql, Object key) {
		return Optional.ofNullable(template.execute(sql, (PreparedStatement statement) -> {
			for (int i = 1; i <= 4; i++) {
				statement.setObject(i, key);
			}
			statement.execute();
			List<Complaint> found = rows(statement, this::map);
			List<Disposition> dispositions = next(statement, ComplaintRepository::mapDisposition);
			List<Attachment> files = next(statement, ComplaintRepository::mapAttachment);
			List<Action> actions = next(statement, ComplaintRepository::mapAction);
			return found.isEmpty() ? null : new Dossier(found.get(0), dispositions, files, actions);
		}));
	}

	private static <T> List<T> next(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
		statement.getMoreResults();
		return rows(statement, mapper);
	}

	private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
		List<T> rows = new ArrayList<>();
		try (ResultSet rs = statement.getResultSet()) {
			while (rs.next()) {
				rows.add(mapper.mapRow(rs, rows.size()));
			}
		}
		return rows;
	}

	Optional<Complaint> findByNumber(String trackingNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pengaduan WHERE tracking_number = :n")
			.param("n", trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.query(this::map)
			.optional();
	}

	List<Complaint> ofReporter(long accountId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM pengaduan WHERE reporter_account_id = :a ORDER BY submitted_at DESC LIMIT :limit")
			.param("a", accountId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Writes the changeable state of a report after a decision. */
	void update(Complaint c, Instant deadline, Instant nextCheck) {
		jdbc.sql("""
				UPDATE pengaduan SET category_code = :category, category_name = :categoryName, anonim = :anonim,
				  rahasia = :rahasia, status = :status, stage_seq = :seq, escalation_level = :level,
				  sla_started_at = :started, sla_paused_working_days = :pausedDays, sla_paused_at = :pausedAt,
				  sla_pause_reason = :pauseReason, budget_working_days = :budget, deadline_at = :deadline, due_at = :due, status_note = :note,
				  question = :question, duplicate_of = :duplicateOf, updated_at = :updated, disposed_at = :disposed,
				  first_response_at = :firstResponse, answered_at = :answered, answered_on_time = :onTime,
				  closed_at = :closed, reopened_count = :reopened, rating = :rating, rating_comment = :ratingComment,
				  version = version + 1
				WHERE id = :id""")
			.param("id", c.id)
			.param("category", c.categoryCode)
			.param("categoryName", c.categoryName)
			.param("anonim", c.anonim)
			.param("rahasia", c.rahasia)
			.param("status", c.status.name())
			.param("seq", c.stageSeq)
			.param("level", c.escalationLevel)
			.param("started", ts(c.clock.startedAt()))
			.param("pausedDays", c.clock.pausedWorkingDays())
			.param("pausedAt", ts(c.clock.pausedAt()))
			.param("pauseReason", c.clock.pauseReason())
			.param("budget", c.budget)
			.param("deadline", ts(deadline))
			.param("due", ts(nextCheck))
			.param("note", c.statusNote)
			.param("question", c.question)
			.param("duplicateOf", c.duplicateOf)
			.param("updated", ts(c.updatedAt))
			.param("disposed", ts(c.disposedAt))
			.param("firstResponse", ts(c.firstResponseAt))
			.param("answered", ts(c.answeredAt))
			.param("onTime", c.answeredOnTime)
			.param("closed", ts(c.closedAt))
			.param("reopened", c.reopenedCount)
			.param("rating", c.rating)
			.param("ratingComment", c.ratingComment)
			.update();
	}

	// --- action log ----------------------------------------------------------------------------------------------

	long log(UUID complaintId, Instant at, Actor actor, String action, Status after, Long opdId, String publicText,
			String internalText) {
		return jdbc.sql("""
				INSERT INTO pengaduan_aksi (complaint_id, at, actor_username, actor_role, actor_unit_id, action,
				  status_after, opd_id, public_text, internal_text, is_public)
				VALUES (:c, :at, :user, :role, :unit, :action, :status, :opd, :pub, :internal, :isPublic)
				RETURNING id""")
			.param("c", complaintId)
			.param("at", ts(at))
			.param("user", actor.username())
			.param("role", actor.role())
			.param("unit", actor.unitId())
			.param("action", action)
			.param("status", after.name())
			.param("opd", opdId)
			.param("pub", publicText)
			.param("internal", internalText)
			.param("isPublic", publicText != null)
			.query(Long.class)
			.single();
	}

	List<Action> actions(UUID complaintId) {
		return jdbc.sql(ACTIONS)
			.param(complaintId)
			.query(ComplaintRepository::mapAction)
			.list();
	}

	static Action mapAction(ResultSet rs, int row) throws SQLException {
		return new Action(rs.getLong("id"), rs.getObject("complaint_id", UUID.class), instant(rs, "at"),
				rs.getString("actor_username"), rs.getString("actor_role"), (Long) rs.getObject("actor_unit_id"),
				rs.getString("action"), rs.getString("status_after"), (Long) rs.getObject("opd_id"),
				rs.getString("public_text"), rs.getString("internal_text"), rs.getBoolean("is_public"));
	}

	// --- dispositions --------------------------------------------------------------------------------------------

	void dispose(UUID complaintId, long opdId, String routedBy, Instant now) {
		jdbc.sql("""
				INSERT INTO pengaduan_disposisi (complaint_id, opd_id, status, assigned_unit_id, disposed_at, routed_by)
				VALUES (:c, :opd, 'DIDISPOSISI', :opd, :now, :by)
				ON CONFLICT (complaint_id, opd_id) DO UPDATE SET status = 'DIDISPOSISI', assigned_unit_id = :opd,
				  assigned_username = NULL, disposed_at = :now, accepted_at = NULL, answered_at = NULL, routed_by = :by""")
			.param("c", complaintId)
			.param("opd", opdId)
			.param("now", ts(now))
			.param("by", routedBy)
			.update();
	}

	List<Disposition> dispositions(UUID complaintId) {
		return jdbc.sql(DISPOSITIONS)
			.param(complaintId)
			.query(ComplaintRepository::mapDisposition)
			.list();
	}

	void setDisposition(UUID complaintId, long opdId, String status, Instant now) {
		String column = switch (status) {
			case "DITERIMA" -> "accepted_at";
			case "DIJAWAB" -> "answered_at";
			default -> null;
		};
		jdbc.sql("UPDATE pengaduan_disposisi SET status = :s" + (column == null ? "" : ", " + column + " = :now")
				+ " WHERE complaint_id = :c AND opd_id = :opd")
			.param("s", status)
			.param("now", ts(now))
			.param("c", complaintId)
			.param("opd", opdId)
			.update();
	}

	/** After a reopen, every OPD that answered holds the report again. */
	void reactivateAnswered(UUID complaintId) {
		jdbc.sql("UPDATE pengaduan_disposisi SET status = 'DITERIMA', answered_at = NULL WHERE complaint_id = :c "
				+ "AND status = 'DIJAWAB'").param("c", complaintId).update();
	}

	void assign(UUID complaintId, long opdId, long unitId, String username) {
		jdbc.sql("UPDATE pengaduan_disposisi SET assigned_unit_id = :u, assigned_username = :name "
				+ "WHERE complaint_id = :c AND opd_id = :opd")
			.param("u", unitId)
			.param("name", username)
			.param("c", complaintId)
			.param("opd", opdId)
			.update();
	}

	static Disposition mapDisposition(ResultSet rs, int row) throws SQLException {
		return new Disposition(rs.getObject("complaint_id", UUID.class), rs.getLong("opd_id"), rs.getString("status"),
				rs.getLong("assigned_unit_id"), rs.getString("assigned_username"), instant(rs, "disposed_at"),
				instant(rs, "accepted_at"), instant(rs, "answered_at"));
	}

	// --- attachments ---------------------------------------------------------------------------------------------

	void attach(UUID complaintId, Long actionId, UUID fileId, String name, String mediaType, Instant now) {
		jdbc.sql("""
				INSERT INTO pengaduan_berkas (file_id, complaint_id, action_id, original_name, media_type, added_at)
				VALUES (:f, :c, :a, :n, :m, :now)""")
			.param("f", fileId)
			.param("c", complaintId)
			.param("a", actionId)
			.param("n", name)
			.param("m", mediaType)
			.param("now", ts(now))
			.update();
	}

	List<Attachment> attachments(UUID complaintId) {
		return jdbc.sql(ATTACHMENTS)
			.param(complaintId)
			.query(ComplaintRepository::mapAttachment)
			.list();
	}

	static Attachment mapAttachment(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getObject("file_id", UUID.class), rs.getObject("complaint_id", UUID.class),
				(Long) rs.getObject("action_id"), rs.getString("original_name"), rs.getString("media_type"),
				instant(rs, "added_at"));
	}

	// --- support ("saya juga mengalami") -----------------------------------------------------------------------

	/** Counts the supporter once; returns whether this call added them. */
	boolean support(UUID complaintId, String supporter, Instant now) {
		int added = jdbc.sql("INSERT INTO pengaduan_dukungan (complaint_id, supporter, at) VALUES (:c, :s, :now) "
				+ "ON CONFLICT DO NOTHING")
			.param("c", complaintId)
			.param("s", supporter)
			.param("now", ts(now))
			.update();
		if (added == 1) {
			jdbc.sql("UPDATE pengaduan SET support_count = support_count + 1 WHERE id = :c").param("c", complaintId).update();
		}
		return added == 1;
	}

	boolean supports(UUID complaintId, String supporter) {
		return jdbc.sql("SELECT count(*) FROM pengaduan_dukungan WHERE complaint_id = :c AND supporter = :s")
			.param("c", complaintId)
			.param("s", supporter)
			.query(Long.class)
			.single() > 0;
	}

	// --- escalation markers --------------------------------------------------------------------------------------

	/** Marks (report, stage, level) as handled; {@code false} when another run already did. */
	boolean markEscalation(UUID complaintId, int stageSeq, int level, Instant now) {
		return jdbc.sql("INSERT INTO pengaduan_eskalasi (complaint_id, stage_seq, level, at) VALUES (:c, :s, :l, :now) "
				+ "ON CONFLICT DO NOTHING")
			.param("c", complaintId)
			.param("s", stageSeq)
			.param("l", level)
			.param("now", ts(now))
			.update() == 1;
	}

	/** Open reports whose stored due date has passed, locked for this node only. */
	List<Complaint> lockDue(Instant before, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM pengaduan WHERE closed_at IS NULL AND due_at <= :before "
				+ "ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("before", ts(before))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Moves the index on after a run looked at a report, so the scan does not pick it again and again. */
	void setDueAt(UUID id, Instant dueAt) {
		jdbc.sql("UPDATE pengaduan SET due_at = :due WHERE id = :id").param("due", ts(dueAt)).param("id", id).update();
	}

	Complaint map(ResultSet rs, int row) throws SQLException {
		Complaint c = new Complaint(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
				rs.getString("channel"), rs.getString("idempotency_key"), ComplaintKind.valueOf(rs.getString("kind")),
				rs.getString("category_code"), rs.getString("category_name"), rs.getString("title"),
				rs.getString("description"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
				(Long) rs.getObject("kelurahan_id"), rs.getString("address"), rs.getBoolean("anonim"),
				rs.getBoolean("rahasia"), (Long) rs.getObject("reporter_account_id"), rs.getString("reporter_name"),
				rs.getString("reporter_email"), rs.getString("reporter_phone"), rs.getString("media_url"),
				Status.valueOf(rs.getString("status")), rs.getInt("stage_seq"), rs.getInt("escalation_level"),
				new SlaClock(instant(rs, "sla_started_at"), rs.getInt("sla_paused_working_days"),
						instant(rs, "sla_paused_at"), rs.getString("sla_pause_reason")),
				rs.getInt("budget_working_days"), instant(rs, "submitted_at"), instant(rs, "updated_at"));
		c.statusNote = rs.getString("status_note");
		c.question = rs.getString("question");
		c.duplicateOf = rs.getObject("duplicate_of", UUID.class);
		c.disposedAt = instant(rs, "disposed_at");
		c.firstResponseAt = instant(rs, "first_response_at");
		c.answeredAt = instant(rs, "answered_at");
		c.answeredOnTime = (Boolean) rs.getObject("answered_on_time");
		c.closedAt = instant(rs, "closed_at");
		c.reopenedCount = rs.getInt("reopened_count");
		c.rating = (Integer) rs.getObject("rating");
		c.ratingComment = rs.getString("rating_comment");
		c.supportCount = rs.getInt("support_count");
		return c;
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static <T> Collection<T> nonEmpty(Collection<T> values, T filler) {
		return values.isEmpty() ? List.of(filler) : values;
	}
}
