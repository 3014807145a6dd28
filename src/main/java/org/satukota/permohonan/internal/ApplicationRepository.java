package org.satukota.permohonan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.berkas.StoredFile;
import org.satukota.calendar.SlaClock;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.shared.PolicyViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores applications, their files and their history with plain SQL. */
@Repository
class ApplicationRepository {

	private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, account_id, idempotency_key, service_version_id, service_code, "
			+ "service_name, permit, unit_id, status, step_index, step_key, step_role, step_started_at, "
			+ "form_values::text AS form_values, corrections::text AS corrections, registration_number, "
			+ "tracking_code, budget_working_days, sla_started_at, sla_paused_working_days, sla_paused_at, "
			+ "sla_pause_reason, rejection_reason, inspection_note, komitmen_note, document_id, document_number, "
			+ "issued_on, expires_on, created_at, submitted_at, updated_at, completed_at, version";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	ApplicationRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/**
	 * Inserts the draft unless the account already has an application with its idempotency key, then locks and
	 * returns the row holding that key. A concurrent request with the same key waits here until the first commits
	 * and then sees its row: duplicates resolve to one application.
	 */
	Application insertDraftOrLockExisting(Application draft) {
		jdbc.sql("""
				INSERT INTO permohonan (id, account_id, idempotency_key, service_version_id, service_code, service_name,
				  permit, status, budget_working_days, created_at, updated_at)
				VALUES (:id, :account, :key, :version, :code, :name, :permit, 'DRAFT', :budget, :now, :now)
				ON CONFLICT (account_id, idempotency_key) DO NOTHING""")
			.param("id", draft.id())
			.param("account", draft.accountId())
			.param("key", draft.idempotencyKey())
			.param("version", draft.serviceVersionId())
			.param("code", draft.serviceCode())
			.param("name", draft.serviceName())
			.param("permit", draft.permit())
			.param("budget", draft.budgetWorkingDays())
			.param("now", Timestamp.from(draft.createdAt()))
			.update();
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM permohonan WHERE account_id = :account AND idempotency_key = :key FOR UPDATE")
			.param("account", draft.accountId())
			.param("key", draft.idempotencyKey())
			.query(this::map)
			.single();
	}

	Optional<Application> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM permohonan WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/** The application locked for a decision, so that two people acting at once act one after the other. */
	Optional<Application> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM permohonan WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<Application> findByTrackingCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM permohonan WHERE tracking_code = :code")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	List<Application> ofAccount(long accountId) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM permohonan WHERE account_id = :account ORDER BY created_at DESC, id LIMIT 500")
			.param("account", accountId)
			.query(this::map)
			.list();
	}

	/** Applications of the given units, optionally of one status, excluding drafts; newest first. */
	List<Application> ofUnits(Collection<Long> unitIds, ApplicationStatus status, int limit) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		String statusFilter = status == null ? "status <> 'DRAFT'" : "status = :status";
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS + " FROM permohonan WHERE unit_id IN (:units) AND "
				+ statusFilter + " ORDER BY submitted_at DESC LIMIT :limit")
			.param("units", unitIds)
			.param("limit", limit);
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		return spec.query(this::map).list();
	}

	/** How many applications of the given units are in each status (drafts excluded). */
	Map<ApplicationStatus, Long> countsByStatus(Collection<Long> unitIds) {
		Map<ApplicationStatus, Long> counts = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (status != ApplicationStatus.DRAFT) {
				counts.put(status, 0L);
			}
		}
		if (unitIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT status, count(*) AS n FROM permohonan WHERE unit_id IN (:units) AND status <> 'DRAFT' GROUP BY status")
			.param("units", unitIds)
			.query((rs, i) -> Map.entry(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	long nextRegistrationSequence() {
		return jdbc.sql("SELECT nextval('permohonan_registration_seq')").query(Long.class).single();
	}

	boolean trackingCodeTaken(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM permohonan WHERE tracking_code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Writes the application's state and its new history entries.
	 * @param dueAt the whole deadline, as an index for the overdue scan
	 * @param stepDueAt the current step's deadline, as an index for the overdue scan
	 */
	void save(Application app, Instant dueAt, Instant stepDueAt) {
		SlaClock clock = app.clock();
		int updated = jdbc.sql("""
				UPDATE permohonan SET unit_id = :unit, status = :status, step_index = :stepIndex, step_key = :stepKey,
				  step_role = :stepRole, step_started_at = :stepStartedAt, form_values = CAST(:values AS jsonb),
				  corrections = CAST(:corrections AS jsonb), registration_number = :registration,
				  tracking_code = :tracking, budget_working_days = :budget, sla_started_at = :slaStarted,
				  sla_paused_working_days = :slaPausedDays, sla_paused_at = :slaPausedAt,
				  sla_pause_reason = :slaPauseReason, due_at = :dueAt, step_due_at = :stepDueAt,
				  rejection_reason = :rejection, inspection_note = :inspection, komitmen_note = :komitmen,
				  document_id = :documentId, document_number = :documentNumber, issued_on = :issuedOn,
				  expires_on = :expiresOn, submitted_at = :submittedAt, updated_at = :updatedAt,
				  completed_at = :completedAt, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("unit", app.unitId())
			.param("status", app.status().name())
			.param("stepIndex", app.stepIndex())
			.param("stepKey", app.stepKey())
			.param("stepRole", app.stepRole())
			.param("stepStartedAt", ts(app.stepStartedAt()))
			.param("values", json.writeValueAsString(app.values()))
			.param("corrections", json.writeValueAsString(app.corrections()))
			.param("registration", app.registrationNumber())
			.param("tracking", app.trackingCode())
			.param("budget", app.budgetWorkingDays())
			.param("slaStarted", clock == null ? null : ts(clock.startedAt()))
			.param("slaPausedDays", clock == null ? 0 : clock.pausedWorkingDays())
			.param("slaPausedAt", clock == null ? null : ts(clock.pausedAt()))
			.param("slaPauseReason", clock == null ? null : clock.pauseReason())
			.param("dueAt", ts(dueAt))
			.param("stepDueAt", ts(stepDueAt))
			.param("rejection", app.rejectionReason())
			.param("inspection", app.inspectionNote())
			.param("komitmen", app.komitmenNote())
			.param("documentId", app.documentId())
			.param("documentNumber", app.documentNumber())
			.param("issuedOn", app.issuedOn())
			.param("expiresOn", app.expiresOn())
			.param("submittedAt", ts(app.submittedAt()))
			.param("updatedAt", ts(app.updatedAt()))
			.param("completedAt", ts(app.completedAt()))
			.param("id", app.id())
			.param("version", app.version())
			.update();
		if (updated != 1) {
			throw new PolicyViolation("permohonan.changed-meanwhile");
		}
		for (HistoryEntry entry : app.newHistory()) {
			jdbc.sql("""
					INSERT INTO permohonan_riwayat (application_id, occurred_at, actor_username, actor_role, unit_id,
					  action, status_after, step_key, reason)
					VALUES (:app, :at, :username, :role, :unit, :action, :status, :step, :reason)""")
				.param("app", app.id())
				.param("at", ts(entry.occurredAt()))
				.param("username", entry.actorUsername())
				.param("role", entry.actorRole())
				.param("unit", entry.unitId())
				.param("action", entry.action())
				.param("status", entry.statusAfter().name())
				.param("step", entry.stepKey())
				.param("reason", entry.reason())
				.update();
		}
	}

	List<HistoryEntry> history(UUID applicationId) {
		return jdbc.sql("""
				SELECT occurred_at, actor_username, actor_role, unit_id, action, status_after, step_key, reason
				FROM permohonan_riwayat WHERE application_id = :app ORDER BY id""")
			.param("app", applicationId)
			.query((rs, i) -> new HistoryEntry(instant(rs, "occurred_at"), rs.getString("actor_username"),
					rs.getString("actor_role"), (Long) rs.getObject("unit_id", Long.class), rs.getString("action"),
					ApplicationStatus.valueOf(rs.getString("status_after")), rs.getString("step_key"),
					rs.getString("reason")))
			.list();
	}

	void attach(UUID applicationId, String requirementKey, StoredFile file, Instant now) {
		attachAll(applicationId, List.of(requirementKey), List.of(file), now);
	}

	/** Attaches each file to its requirement (same order), replacing earlier files, in one round trip. */
	void attachAll(UUID applicationId, List<String> requirementKeys, List<StoredFile> files, Instant now) {
		String sql = """
				INSERT INTO permohonan_berkas (application_id, requirement_key, file_id, original_name, media_type,
				  size_bytes, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (application_id, requirement_key) DO UPDATE SET file_id = EXCLUDED.file_id,
				  original_name = EXCLUDED.original_name, media_type = EXCLUDED.media_type,
				  size_bytes = EXCLUDED.size_bytes, uploaded_at = EXCLUDED.uploaded_at""";
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			StoredFile file = files.get(i);
			rows.add(new Object[] { applicationId, requirementKeys.get(i), file.id(), file.originalName(),
					file.mediaType(), file.size(), Timestamp.from(now) });
		}
		if (rows.size() == 1) {
			jdbc.sql(sql).params(rows.get(0)).update();
		}
		else if (!rows.isEmpty()) {
			batch.batchUpdate(sql, rows);
		}
	}

	List<AttachedFile> files(UUID applicationId) {
		return jdbc.sql("""
				SELECT requirement_key, file_id, original_name, media_type, size_bytes, uploaded_at
				FROM permohonan_berkas WHERE application_id = :app ORDER BY requirement_key""")
			.param("app", applicationId)
			.query((rs, i) -> new AttachedFile(rs.getString("requirement_key"), rs.getObject("file_id", UUID.class),
					rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
					instant(rs, "uploaded_at")))
			.list();
	}

	/** Open applications whose current step's deadline index has passed, locked, skipping rows other nodes hold. */
	List<Application> lockOverdueCandidates(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " " + """
				 FROM permohonan p WHERE status IN ('DIAJUKAN', 'DIPROSES') AND (step_due_at <= :now OR due_at <= :now)
				 AND NOT EXISTS (SELECT 1 FROM permohonan_overdue o WHERE o.application_id = p.id
				   AND o.step_key = p.step_key AND o.step_started_at = p.step_started_at)
				 ORDER BY step_due_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Marks a step visit as flagged overdue; false when it already was (by this or another node). */
	boolean flagOverdue(Application app, Instant now) {
		return jdbc.sql("""
				INSERT INTO permohonan_overdue (application_id, step_key, step_started_at, flagged_at)
				VALUES (:app, :step, :started, :now) ON CONFLICT DO NOTHING""")
			.param("app", app.id())
			.param("step", app.stepKey())
			.param("started", Timestamp.from(app.stepStartedAt()))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Completed permits expiring on or before {@code lastDay} whose holder was not yet notified, locked. */
	List<Application> lockExpiringPermits(LocalDate lastDay, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " " + """
				 FROM permohonan WHERE status = 'SELESAI' AND expires_on IS NOT NULL AND expiry_notified_at IS NULL
				 AND expires_on <= :last ORDER BY expires_on LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("last", lastDay)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	void markExpiryNotified(UUID applicationId, Instant now) {
		jdbc.sql("UPDATE permohonan SET expiry_notified_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", applicationId)
			.update();
	}

	private Application map(ResultSet rs, int row) throws SQLException {
		Instant slaStarted = instant(rs, "sla_started_at");
		SlaClock clock = slaStarted == null ? null
				: new SlaClock(slaStarted, rs.getInt("sla_paused_working_days"), instant(rs, "sla_paused_at"),
						rs.getString("sla_pause_reason"));
		return new Application(rs.getObject("id", UUID.class), rs.getLong("account_id"),
				rs.getObject("idempotency_key", UUID.class), rs.getLong("service_version_id"),
				rs.getString("service_code"), rs.getString("service_name"), rs.getBoolean("permit"),
				rs.getObject("unit_id", Long.class), ApplicationStatus.valueOf(rs.getString("status")),
				rs.getObject("step_index", Integer.class), rs.getString("step_key"), rs.getString("step_role"),
				instant(rs, "step_started_at"), json.readValue(rs.getString("form_values"), STRING_MAP),
				json.readValue(rs.getString("corrections"), STRING_MAP), rs.getString("registration_number"),
				rs.getString("tracking_code"), rs.getInt("budget_working_days"), clock,
				rs.getString("rejection_reason"), rs.getString("inspection_note"), rs.getString("komitmen_note"),
				rs.getObject("document_id", UUID.class), rs.getString("document_number"),
				rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
				instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "updated_at"),
				instant(rs, "completed_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
