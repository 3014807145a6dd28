package org.satukota.pengaduan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.internal.routing.ComplaintSnapshot;
import org.satukota.pengaduan.internal.routing.DuplicateCandidate;
import org.satukota.pengaduan.internal.routing.DuplicateFinder;
import org.satukota.pengaduan.internal.routing.DuplicateRules;
import org.satukota.pengaduan.internal.routing.HoldOutEvaluation;
import org.satukota.pengaduan.internal.routing.OpdSuggester;
import org.satukota.pengaduan.internal.routing.OpdSuggestion;
import org.satukota.pengaduan.internal.routing.RoutingAccuracy;
import org.satukota.pengaduan.internal.routing.RoutingCorpus;
import org.satukota.pengaduan.internal.routing.RoutingExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the coordinator sees beside a new report: the OPD the category names, the OPD a classifier trained on past
 * routing decisions suggests (plus the bundled demo corpus in demo mode), and likely duplicates. Each node trains
 * its own model from the database (derived state; nothing to share) and retrains when it is older than the
 * configured interval.
 */
@Component
class RoutingAdvice {

	private static final Logger log = LoggerFactory.getLogger(RoutingAdvice.class);

	/** The suggestion shown: the OPD, how sure the classifier is (0–1), or that it is the category's default. */
	record Suggestion(long opdId, String opdName, double confidence, boolean fromClassifier) {

		public int percent() {
			return (int) Math.round(confidence * 100);
		}
	}

	/** A likely duplicate as listed on the verify page. */
	record Duplicate(UUID id, String trackingNumber, String title, String status, double score,
			Double distanceMetres, double textSimilarity) {

		public int scorePercent() {
			return (int) Math.round(score * 100);
		}

		public Long metres() {
			return distanceMetres == null ? null : Math.round(distanceMetres);
		}
	}

	private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

	private final JdbcClient jdbc;

	private final Categories categories;

	private final Units units;

	private final Clock clock;

	private final boolean demo;

	private final Duration retrainAfter;

	private final DuplicateRules rules;

	private final OpdSuggester suggester = new OpdSuggester();

	private volatile Instant trainedAt;

	RoutingAdvice(JdbcClient jdbc, Categories categories, Units units, Clock clock,
			@Value("${satukota.demo.enabled:false}") boolean demo,
			@Value("${satukota.pengaduan.retrain-minutes:30}") long retrainMinutes,
			@Value("${satukota.pengaduan.duplicate-distance-m:250}") double maxDistance,
			@Value("${satukota.pengaduan.duplicate-age-days:30}") int maxAgeDays,
			@Value("${satukota.pengaduan.duplicate-min-similarity:0.3}") double minSimilarity) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.units = units;
		this.clock = clock;
		this.demo = demo;
		this.retrainAfter = Duration.ofMinutes(retrainMinutes);
		this.rules = new DuplicateRules(maxDistance, maxAgeDays, minSimilarity);
	}

	Optional<Suggestion> categoryDefault(Complaint c) {
		return categories.row(c.categoryCode).map(row -> {
			long opd = categories.defaultOpdId(row);
			return new Suggestion(opd, name(opd), 1.0, false);
		});
	}

	Optional<Suggestion> classifierSuggestion(Complaint c) {
		trainIfStale();
		return suggester.suggest(c.title + " " + c.description, c.categoryCode)
			.map((OpdSuggestion s) -> new Suggestion(s.opdId(), name(s.opdId()), s.confidence(), true));
	}

	/** One earlier report as duplicate detection reads it: only the columns it weighs and lists. */
	private record Earlier(UUID id, String trackingNumber, String title, String status, ComplaintSnapshot snapshot) {
	}

	List<Duplicate> duplicates(Complaint c) {
		Set<String> related = categories.row(c.categoryCode).map(Categories.Row::related).orElse(Set.of());
		List<String> codes = new ArrayList<>(related);
		codes.add(c.categoryCode);
		Instant since = c.submittedAt.minus(Duration.ofDays(rules.maxAgeDays()));
		// Only candidates that can qualify leave the database. Reports whose point lies outside the distance limit
		// never do: with a point, the others' points must lie in a box around it (slightly larger than the circle,
		// checked in pengaduan_category_place). Where either report has no point, the kelurahan stands in for the
		// place (pengaduan_category_kelurahan).
		String columns = "SELECT id, tracking_number, title, description, status, category_code, latitude, longitude, "
				+ "submitted_at FROM pengaduan WHERE category_code IN (:codes) AND submitted_at >= :since "
				+ "AND submitted_at <= :until AND id <> :id AND status NOT IN ('DUPLIKAT', 'ARSIP') ";
		boolean hasPoint = c.latitude != null && c.longitude != null;
		String sameKelurahan = c.kelurahanId == null ? "" : "AND (kelurahan_id = :kelurahan OR kelurahan_id IS NULL) ";
		String nearby = hasPoint
				? "AND latitude BETWEEN :minLat AND :maxLat AND longitude BETWEEN :minLon AND :maxLon " : sameKelurahan;
		String sql = "(" + columns + "AND latitude IS NOT NULL AND longitude IS NOT NULL " + nearby
				+ "ORDER BY submitted_at DESC LIMIT 500) UNION ALL (" + columns
				+ "AND (latitude IS NULL OR longitude IS NULL) " + sameKelurahan
				+ "ORDER BY submitted_at DESC LIMIT 500)";
		var query = jdbc.sql(sql)
			.param("codes", codes)
			.param("since", ComplaintRepository.ts(since))
			.param("until", ComplaintRepository.ts(c.submittedAt.plus(Duration.ofDays(rules.maxAgeDays()))))
			.param("id", c.id);
		if (hasPoint) {
			double latitudeSpan = 1.01 * rules.maxDistanceMetres() / METRES_PER_DEGREE_LATITUDE;
			double longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(c.latitude)));
			query = query.param("minLat", c.latitude - latitudeSpan)
				.param("maxLat", c.latitude + latitudeSpan)
				.param("minLon", c.longitude - longitudeSpan)
				.param("maxLon", c.longitude + longitudeSpan);
		}
		if (c.kelurahanId != null) {
			query = query.param("kelurahan", c.kelurahanId);
		}
		List<Earlier> recent = query.query((rs, i) -> {
			UUID id = rs.getObject("id", UUID.class);
			Double latitude = rs.getObject("latitude", Double.class);
			Double longitude = rs.getObject("longitude", Double.class);
			return new Earlier(id, rs.getString("tracking_number"), rs.getString("title"), rs.getString("status"),
					new ComplaintSnapshot(id, rs.getString("category_code"), Set.of(),
							rs.getString("title") + " " + rs.getString("description"), latitude, longitude,
							rs.getTimestamp("submitted_at").toInstant()));
		}).list();
		Map<UUID, Earlier> byId = new HashMap<>();
		List<ComplaintSnapshot> snapshots = new ArrayList<>();
		for (Earlier other : recent) {
			byId.put(other.id(), other);
			snapshots.add(other.snapshot());
		}
		List<Duplicate> result = new ArrayList<>();
		for (DuplicateCandidate d : DuplicateFinder.find(snapshot(c, related), snapshots, rules, clock.instant())) {
			Earlier other = byId.get(d.id());
			if (other != null && result.size() < 5) {
				result.add(new Duplicate(other.id(), other.trackingNumber(), other.title(), other.status(), d.score(),
						d.distanceMetres(), d.textSimilarity()));
			}
		}
		return result;
	}

	/** The classifier's accuracy on a held-out fifth of the past decisions (and corpus in demo mode). */
	RoutingAccuracy accuracy() {
		List<RoutingExample> examples = examples();
		if (examples.size() < 5) {
			return new RoutingAccuracy(examples.size(), 0, 0, 0.0);
		}
		return HoldOutEvaluation.evaluate(examples, 0.2, 2026L);
	}

	int trainedExamples() {
		trainIfStale();
		return suggester.trainedExamples();
	}

	/** Trains now (after demo data was written, or from tests). */
	void retrain() {
		suggester.train(examples());
		trainedAt = clock.instant();
	}

	private void trainIfStale() {
		Instant at = trainedAt;
		if (at == null || Duration.between(at, clock.instant()).abs().compareTo(retrainAfter) > 0) {
			try {
				retrain();
			}
			catch (RuntimeException ex) {
				// A broken corpus must not break the verify page: the category default is still shown.
				log.warn("Training the OPD suggester failed: {}", ex.getMessage());
				trainedAt = clock.instant();
			}
		}
	}

	/** Past decisions that stood (dispositions not handed back), plus the demo corpus in demo mode. */
	List<RoutingExample> examples() {
		List<RoutingExample> examples = new ArrayList<>(jdbc.sql("""
				SELECT p.title || ' ' || p.description AS text, p.category_code, d.opd_id
				FROM pengaduan_disposisi d JOIN pengaduan p ON p.id = d.complaint_id
				WHERE d.status <> 'DIKEMBALIKAN' ORDER BY d.disposed_at DESC LIMIT 20000""")
			.query((rs, i) -> new RoutingExample(rs.getString("text"), rs.getString("category_code"),
					rs.getLong("opd_id")))
			.list());
		if (demo) {
			Map<String, Long> opds = new HashMap<>();
			units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD).forEach(u -> opds.put(u.code(), u.id()));
			try {
				examples.addAll(RoutingCorpus.toExamples(RoutingCorpus.demo(), opds));
			}
			catch (IllegalStateException missing) {
				log.warn("Demo routing corpus not available: {}", missing.getMessage());
			}
		}
		return examples;
	}

	private String name(long opdId) {
		return units.find(opdId).map(UnitView::name).orElse("");
	}

	private static ComplaintSnapshot snapshot(Complaint c, Set<String> related) {
		return new ComplaintSnapshot(c.id, c.categoryCode, related, c.title + " " + c.description, c.latitude,
				c.longitude, c.submittedAt);
	}
}
