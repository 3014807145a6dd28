package org.satukota.dataset.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.shared.UpdateFrequency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datasets, their columns, rows and revision log in plain SQL. A row is current while {@code until_revision} is
 * null; a change ends rows at the new revision instead of deleting them, and {@link #prune} keeps exactly the rows
 * of the current and the previous revision.
 */
@Repository
class DatasetRepository {

	private static final String COLUMNS = "id, package_id, slug, title, description, licence, owner_unit_id, "
			+ "update_frequency, chart_time_column, chart_value_column, chart_series_column, published, revision, "
			+ "row_count, created_at, updated_at, first_published_at, stale_since, escalated_at, system_key";

	/** A stored row: its id and its cells by column name. */
	record Row(long id, Map<String, Object> cells) {
	}

	/** One entry of the revision log. */
	record Revision(int revision, Instant createdAt, String actor, String change, int rowCount, String note) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	private final ObjectReader cellsReader;

	DatasetRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.cellsReader = json.readerFor(new TypeReference<LinkedHashMap<String, Object>>() {
		}).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	long insert(Dataset draft) {
		long id = jdbc.sql("""
				INSERT INTO dataset (package_id, slug, title, description, licence, owner_unit_id, update_frequency,
				  chart_time_column, chart_value_column, chart_series_column, published, revision, row_count,
				  created_at, updated_at, system_key)
				VALUES (:packageId, :slug, :title, :description, :licence, :owner, :frequency, :time, :value, :series,
				  FALSE, 0, 0, :now, :now, :systemKey)
				RETURNING id""")
			.param("packageId", draft.packageId())
			.param("slug", draft.slug())
			.param("title", draft.title())
			.param("description", draft.description())
			.param("licence", draft.licence())
			.param("owner", draft.ownerUnitId())
			.param("frequency", draft.frequency().name())
			.param("time", draft.chart() == null ? null : draft.chart().timeColumn())
			.param("value", draft.chart() == null ? null : draft.chart().valueColumn())
			.param("series", draft.chart() == null ? null : draft.chart().seriesColumn())
			.param("now", Timestamp.from(draft.createdAt()))
			.param("systemKey", draft.systemKey())
			.query(Long.class)
			.single();
		replaceColumns(id, draft.columns());
		return id;
	}

	void updateDefinition(Dataset changed) {
		jdbc.sql("""
				UPDATE dataset SET title = :title, description = :description, licence = :licence,
				  owner_unit_id = :owner, update_frequency = :frequency, chart_time_column = :time,
				  chart_value_column = :value, chart_series_column = :series
				WHERE id = :id""")
			.param("title", changed.title())
			.param("description", changed.description())
			.param("licence", changed.licence())
			.param("owner", changed.ownerUnitId())
			.param("frequency", changed.frequency().name())
			.param("time", changed.chart() == null ? null : changed.chart().timeColumn())
			.param("value", changed.chart() == null ? null : changed.chart().valueColumn())
			.param("series", changed.chart() == null ? null : changed.chart().seriesColumn())
			.param("id", changed.id())
			.update();
	}

	void replaceColumns(long datasetId, List<ColumnSpec> columns) {
		jdbc.sql("DELETE FROM dataset_column WHERE dataset_id = :id").param("id", datasetId).update();
		int position = 0;
		for (ColumnSpec column : columns) {
			jdbc.sql("""
					INSERT INTO dataset_column (dataset_id, position, name, label, type, required, unit_of_measure,
					  allowed_values)
					VALUES (:id, :position, :name, :label, :type, :required, :unit, :allowed)""")
				.param("id", datasetId)
				.param("position", position++)
				.param("name", column.name())
				.param("label", column.label())
				.param("type", column.type().name())
				.param("required", column.required())
				.param("unit", column.unitOfMeasure())
				.param("allowed", column.allowedValues().toArray(String[]::new))
				.update();
		}
	}

	Optional<Dataset> find(long id) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE id = :key", id);
	}

	Optional<Dataset> findBySlug(String slug) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE slug = :key", slug);
	}

	Optional<Dataset> findByPackageId(UUID packageId) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE package_id = :key", packageId);
	}

	Optional<Dataset> findBySystemKey(String key) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE system_key = :key", key);
	}

	/** Locks the dataset row for a change; waits for a concurrent change of the same dataset. */
	Optional<Dataset> lock(long id) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE id = :key FOR UPDATE", id);
	}

	/** Locks the dataset unless another node holds it; empty when busy or absent. */
	Optional<Dataset> tryLockSystem(String key) {
		return one("SELECT " + COLUMNS + " FROM dataset WHERE system_key = :key FOR UPDATE SKIP LOCKED", key);
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("SELECT count(*) FROM dataset WHERE slug = :slug").param("slug", slug).query(Long.class)
			.single() > 0;
	}

	List<Dataset> all() {
		return many(jdbc.sql("SELECT " + COLUMNS + " FROM dataset ORDER BY title").query(this::map).list());
	}

	List<Dataset> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return many(jdbc.sql("SELECT " + COLUMNS + " FROM dataset WHERE owner_unit_id IN (:units) ORDER BY title")
			.param("units", unitIds)
			.query(this::map)
			.list());
	}

	List<Dataset> published() {
		return many(jdbc.sql("SELECT " + COLUMNS + " FROM dataset WHERE published ORDER BY title")
			.query(this::map)
			.list());
	}

	/** Published datasets and those still marked stale, locked; rows another node is checking are skipped. */
	List<Dataset> lockFreshnessCandidates(int limit) {
		return many(jdbc.sql("SELECT " + COLUMNS + " FROM dataset WHERE published OR stale_since IS NOT NULL "
				+ "ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("limit", limit)
			.query(this::map)
			.list());
	}

	void markStale(long id, Instant at) {
		jdbc.sql("UPDATE dataset SET stale_since = :at WHERE id = :id").param("at", Timestamp.from(at))
			.param("id", id).update();
	}

	void markEscalated(long id, Instant at) {
		jdbc.sql("UPDATE dataset SET escalated_at = :at WHERE id = :id").param("at", Timestamp.from(at))
			.param("id", id).update();
	}

	void clearStale(long id) {
		jdbc.sql("UPDATE dataset SET stale_since = NULL, escalated_at = NULL WHERE id = :id").param("id", id).update();
	}

	/**
	 * Moves the dataset to {@code revision}: updated now, the lateness episode over, the change logged. Rows are
	 * changed by the caller in the same transaction.
	 */
	void bump(long id, int revision, Instant now, String actor, String change, String note) {
		int rows = countCurrentRows(id);
		jdbc.sql("""
				UPDATE dataset SET revision = :revision, updated_at = :now, row_count = :rows, stale_since = NULL,
				  escalated_at = NULL
				WHERE id = :id""")
			.param("revision", revision)
			.param("now", Timestamp.from(now))
			.param("rows", rows)
			.param("id", id)
			.update();
		log(id, revision, now, actor, change, rows, note);
		prune(id, revision);
	}

	void touch(long id, Instant now) {
		jdbc.sql("UPDATE dataset SET updated_at = :now, stale_since = NULL, escalated_at = NULL WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Dates a seeded dataset's publication and last update back to when its data was collected. */
	void backdate(long id, Instant at) {
		jdbc.sql("UPDATE dataset SET updated_at = :at, created_at = :at, first_published_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
		jdbc.sql("UPDATE dataset_revision SET created_at = :at WHERE dataset_id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void setPublished(long id, boolean published, Instant now) {
		jdbc.sql("""
				UPDATE dataset SET published = :published,
				  first_published_at = CASE WHEN :published THEN COALESCE(first_published_at, :now)
				                            ELSE first_published_at END
				WHERE id = :id""")
			.param("published", published)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void log(long id, int revision, Instant now, String actor, String change, int rows, String note) {
		jdbc.sql("""
				INSERT INTO dataset_revision (dataset_id, revision, created_at, actor, change, row_count, note)
				VALUES (:id, :revision, :now, :actor, :change, :rows, :note)""")
			.param("id", id)
			.param("revision", revision)
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("change", change)
			.param("rows", rows)
			.param("note", note)
			.update();
	}

	List<Revision> revisions(long id, int limit) {
		return jdbc.sql("SELECT revision, created_at, actor, change, row_count, note FROM dataset_revision "
				+ "WHERE dataset_id = :id ORDER BY id DESC LIMIT :limit")
			.param("id", id)
			.param("limit", limit)
			.query((rs, i) -> new Revision(rs.getInt("revision"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("actor"), rs.getString("change"), rs.getInt("row_count"), rs.getString("note")))
			.list();
	}

	/** Ends every current row at {@code revision} (they stay readable as the previous revision's rows). */
	void endCurrentRows(long id, int revision) {
		jdbc.sql("UPDATE dataset_row SET until_revision = :revision WHERE dataset_id = :id AND until_revision IS NULL")
			.param("revision", revision)
			.param("id", id)
			.update();
	}

	boolean endRow(long id, long rowId, int revision) {
		return jdbc.sql("UPDATE dataset_row SET until_revision = :revision "
				+ "WHERE dataset_id = :id AND id = :row AND until_revision IS NULL")
			.param("revision", revision)
			.param("id", id)
			.param("row", rowId)
			.update() == 1;
	}

	void insertRows(long id, int revision, List<Map<String, Object>> rows) {
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (Map<String, Object> cells : rows) {
			batch.add(new Object[] { id, revision, json.writeValueAsString(cells) });
		}
		template.batchUpdate("INSERT INTO dataset_row (dataset_id, from_revision, cells) VALUES (?, ?, ?::jsonb)",
				batch);
	}

	/** Keeps the rows of the current and the previous revision; older ones are gone (their log entries stay). */
	void prune(long id, int revision) {
		jdbc.sql("DELETE FROM dataset_row WHERE dataset_id = :id AND until_revision < :revision")
			.param("id", id)
			.param("revision", revision)
			.update();
	}

	int countCurrentRows(long id) {
		return jdbc.sql("SELECT count(*) FROM dataset_row WHERE dataset_id = :id AND until_revision IS NULL")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * Current rows in a stable order: by {@code sortColumn} descending when given (ISO dates sort as text), then
	 * by entry order.
	 */
	List<Row> currentRows(long id, String sortColumn, int offset, int limit) {
		String order = sortColumn == null ? "id" : "cells ->> :sort DESC NULLS LAST, id";
		var spec = jdbc.sql("SELECT id, cells::text AS cells FROM dataset_row WHERE dataset_id = :id "
				+ "AND until_revision IS NULL ORDER BY " + order + " OFFSET :offset LIMIT :limit")
			.param("id", id)
			.param("offset", offset)
			.param("limit", limit);
		if (sortColumn != null) {
			spec = spec.param("sort", sortColumn);
		}
		return spec.query((rs, i) -> new Row(rs.getLong("id"), cells(rs.getString("cells")))).list();
	}

	/** The rows of {@code revision} when it is the current or the previous one, in entry order. */
	List<Row> rowsAt(long id, int revision) {
		return jdbc.sql("SELECT id, cells::text AS cells FROM dataset_row WHERE dataset_id = :id "
				+ "AND from_revision <= :revision AND (until_revision IS NULL OR until_revision > :revision) ORDER BY id")
			.param("id", id)
			.param("revision", revision)
			.query((rs, i) -> new Row(rs.getLong("id"), cells(rs.getString("cells"))))
			.list();
	}

	/** Average of {@code value} per time and series, in time order: the points of a chart. */
	List<Object[]> chartPoints(long id, ChartSpec chart) {
		String series = chart.seriesColumn() == null ? "''" : "cells ->> :series";
		var spec = jdbc.sql("SELECT cells ->> :time AS t, " + series + " AS s, avg((cells ->> :value)::numeric) AS v "
				+ "FROM dataset_row WHERE dataset_id = :id AND until_revision IS NULL AND cells ->> :time IS NOT NULL "
				+ "AND cells ->> :value IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")
			.param("id", id)
			.param("time", chart.timeColumn())
			.param("value", chart.valueColumn());
		if (chart.seriesColumn() != null) {
			spec = spec.param("series", chart.seriesColumn());
		}
		return spec.query((rs, i) -> new Object[] { rs.getString("t"), rs.getString("s"), rs.getBigDecimal("v") })
			.list();
	}

	/** Last instants a dataset changed (data or publication) up to {@code until}, per dataset. */
	Map<Long, Instant> lastChangeBefore(Instant until) {
		Map<Long, Instant> result = new HashMap<>();
		jdbc.sql("SELECT dataset_id, max(created_at) AS at FROM dataset_revision WHERE created_at < :until "
				+ "AND change NOT IN ('DEFINED', 'REDEFINED', 'UNPUBLISHED') GROUP BY dataset_id")
			.param("until", Timestamp.from(until))
			.query(rs -> {
				result.put(rs.getLong("dataset_id"), rs.getTimestamp("at").toInstant());
			});
		return result;
	}

	private Map<String, Object> cells(String text) {
		return cellsReader.readValue(text);
	}

	private Optional<Dataset> one(String sql, Object key) {
		return jdbc.sql(sql).param("key", key).query(this::map).optional().map(this::withColumns);
	}

	private List<Dataset> many(List<Dataset> datasets) {
		if (datasets.isEmpty()) {
			return datasets;
		}
		Map<Long, List<ColumnSpec>> columns = new HashMap<>();
		jdbc.sql("SELECT dataset_id, name, label, type, required, unit_of_measure, allowed_values FROM dataset_column "
				+ "WHERE dataset_id IN (:ids) ORDER BY dataset_id, position")
			.param("ids", datasets.stream().map(Dataset::id).toList())
			.query(rs -> {
				columns.computeIfAbsent(rs.getLong("dataset_id"), k -> new ArrayList<>()).add(column(rs));
			});
		return datasets.stream().map(d -> d.withColumns(columns.getOrDefault(d.id(), List.of()))).toList();
	}

	private Dataset withColumns(Dataset dataset) {
		return dataset.withColumns(jdbc.sql("SELECT name, label, type, required, unit_of_measure, allowed_values "
				+ "FROM dataset_column WHERE dataset_id = :id ORDER BY position")
			.param("id", dataset.id())
			.query((rs, i) -> column(rs))
			.list());
	}

	private static ColumnSpec column(ResultSet rs) throws SQLException {
		Array allowed = rs.getArray("allowed_values");
		List<String> values = allowed == null ? List.of() : Arrays.asList((String[]) allowed.getArray());
		return new ColumnSpec(rs.getString("name"), rs.getString("label"), ColumnType.valueOf(rs.getString("type")),
				rs.getBoolean("required"), rs.getString("unit_of_measure"), values);
	}

	private Dataset map(ResultSet rs, int rowNum) throws SQLException {
		String time = rs.getString("chart_time_column");
		ChartSpec chart = time == null ? null
				: new ChartSpec(time, rs.getString("chart_value_column"), rs.getString("chart_series_column"));
		return new Dataset(rs.getLong("id"), rs.getObject("package_id", UUID.class), rs.getString("slug"),
				rs.getString("title"), rs.getString("description"), rs.getString("licence"),
				rs.getLong("owner_unit_id"), UpdateFrequency.valueOf(rs.getString("update_frequency")), chart,
				rs.getBoolean("published"), rs.getInt("revision"), rs.getInt("row_count"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "first_published_at"),
				instant(rs, "stale_since"), instant(rs, "escalated_at"), rs.getString("system_key"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
