package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintCategories;
import org.satukota.pengaduan.ComplaintCategory;
import org.satukota.shared.CacheRevisions;
import org.satukota.shared.PolicyViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree: groups with leaves, each leaf routed by default to an OPD (kept by the OPD's short code, so
 * the tree survives unit re-seeding). Categories are edited (version goes up) and retired, never deleted: reports
 * keep the code and name they were filed under.
 */
@Service
class Categories implements ComplaintCategories {

	/** One row of the tree as stored. */
	record Row(long id, String code, String parentCode, String name, String description, String keywords,
			String defaultOpdCode, String relatedCodes, int sortOrder, boolean active, int version) {

		public boolean leaf() {
			return parentCode != null;
		}

		Set<String> related() {
			Set<String> codes = new LinkedHashSet<>();
			Arrays.stream(relatedCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
			return codes;
		}

		List<String> keywordList() {
			return Arrays.stream(keywords.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	/** The whole tree as of one revision of the categories in {@code cache_revision}. */
	private record Snapshot(long revision, List<Row> rows) {
	}

	static final String REVISION = "pengaduan-kategori";

	private final JdbcClient jdbc;

	private final Units units;

	private final CacheRevisions revisions;

	private final Clock clock;

	private volatile Snapshot snapshot;

	Categories(JdbcClient jdbc, Units units, CacheRevisions revisions, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.revisions = revisions;
		this.clock = clock;
	}

	/**
	 * Every category, groups and leaves, in display order. Each node keeps the tree in memory and reloads it when
	 * the categories' revision moved (forms, the verify page and every report read it several times).
	 */
	List<Row> all() {
		return current().rows();
	}

	private Snapshot current() {
		long revision = revisions.current(REVISION);
		Snapshot known = snapshot;
		if (known == null || known.revision() != revision) {
			// Read after the revision: the rows are at least as new as it.
			List<Row> rows = jdbc.sql("SELECT * FROM pengaduan_kategori ORDER BY sort_order, name")
				.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("parent_code"),
						rs.getString("name"), rs.getString("description"), rs.getString("keywords"),
						rs.getString("default_opd_code"), rs.getString("related_codes"), rs.getInt("sort_order"),
						rs.getBoolean("active"), rs.getInt("version")))
				.list();
			known = new Snapshot(revision, List.copyOf(rows));
			snapshot = known;
		}
		return known;
	}

	/** Called in the transaction of every change to pengaduan_kategori. */
	private void changed() {
		revisions.bump(REVISION);
	}

	Optional<Row> row(String code) {
		return all().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** Active leaves whose group is active too. */
	List<Row> activeLeafRows() {
		List<Row> all = all();
		Set<String> activeGroups = new LinkedHashSet<>();
		all.stream().filter(r -> !r.leaf() && r.active()).forEach(r -> activeGroups.add(r.code()));
		return all.stream().filter(r -> r.leaf() && r.active() && activeGroups.contains(r.parentCode())).toList();
	}

	@Override
	public List<ComplaintCategory> activeLeaves() {
		List<Row> all = all();
		return activeLeafRows().stream().map(r -> toCategory(r, all)).toList();
	}

	@Override
	public Optional<ComplaintCategory> activeLeaf(String code) {
		List<Row> all = all();
		return activeLeafRows().stream().filter(r -> r.code().equals(code)).findFirst().map(r -> toCategory(r, all));
	}

	/** The OPD a leaf routes to by default, or the city itself when its OPD is not in the directory. */
	long defaultOpdId(Row row) {
		return opdByCode(row.defaultOpdCode()).map(UnitView::id).orElse(units.city().id());
	}

	Optional<UnitView> opdByCode(String code) {
		return code == null ? Optional.empty() : units.findByCode(code);
	}

	private ComplaintCategory toCategory(Row r, List<Row> all) {
		String group = all.stream().filter(g -> g.code().equals(r.parentCode())).map(Row::name).findFirst().orElse("");
		return new ComplaintCategory(r.code(), r.name(), r.description(), group, r.keywordList(), defaultOpdId(r));
	}

	// --- administration ----------------------------------------------------------------------------------------

	@Transactional
	void create(String code, String parentCode, String name, String description, String keywords, String opdCode,
			String related, int sortOrder) {
		String cleanCode = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
		if (!cleanCode.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new PolicyViolation("pengaduan.category-code-invalid");
		}
		if (row(cleanCode).isPresent()) {
			throw new PolicyViolation("pengaduan.category-code-taken");
		}
		String parent = blankToNull(parentCode);
		validate(parent, name, opdCode);
		jdbc.sql("""
				INSERT INTO pengaduan_kategori (code, parent_code, name, description, keywords, default_opd_code,
				  related_codes, sort_order, updated_at)
				VALUES (:code, :parent, :name, :description, :keywords, :opd, :related, :sort, :now)""")
			.param("code", cleanCode)
			.param("parent", parent)
			.param("name", name.strip())
			.param("description", description == null ? "" : description.strip())
			.param("keywords", keywords == null ? "" : keywords.strip())
			.param("opd", parent == null ? null : blankToNull(opdCode))
			.param("related", related == null ? "" : related.strip())
			.param("sort", sortOrder)
			.param("now", ComplaintRepository.ts(clock.instant()))
			.update();
		changed();
	}

	@Transactional
	void update(String code, String name, String description, String keywords, String opdCode, String related,
			int sortOrder) {
		Row existing = row(code).orElseThrow(NotFound::new);
		validate(existing.parentCode(), name, opdCode);
		jdbc.sql("""
				UPDATE pengaduan_kategori SET name = :name, description = :description, keywords = :keywords,
				  default_opd_code = :opd, related_codes = :related, sort_order = :sort, version = version + 1,
				  updated_at = :now WHERE code = :code""")
			.param("code", code)
			.param("name", name.strip())
			.param("description", description == null ? "" : description.strip())
			.param("keywords", keywords == null ? "" : keywords.strip())
			.param("opd", existing.leaf() ? blankToNull(opdCode) : null)
			.param("related", related == null ? "" : related.strip())
			.param("sort", sortOrder)
			.param("now", ComplaintRepository.ts(clock.instant()))
			.update();
		changed();
	}

	@Transactional
	void setActive(String code, boolean active) {
		row(code).orElseThrow(NotFound::new);
		jdbc.sql("UPDATE pengaduan_kategori SET active = :a, version = version + 1, updated_at = :now WHERE code = :code")
			.param("a", active)
			.param("now", ComplaintRepository.ts(clock.instant()))
			.param("code", code)
			.update();
		changed();
	}

	private void validate(String parent, String name, String opdCode) {
		if (name == null || name.isBlank()) {
			throw new PolicyViolation("pengaduan.category-name-required");
		}
		if (parent != null) {
			Row group = row(parent).orElseThrow(() -> new PolicyViolation("pengaduan.category-parent-invalid"));
			if (group.leaf()) {
				throw new PolicyViolation("pengaduan.category-parent-invalid");
			}
			if (blankToNull(opdCode) == null || opdByCode(opdCode).isEmpty()) {
				throw new PolicyViolation("pengaduan.category-opd-required");
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
