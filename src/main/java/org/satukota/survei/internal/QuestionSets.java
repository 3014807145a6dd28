package org.satukota.survei.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.survei.QuestionSetPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The versioned IKM question sets: one current version, earlier ones retired and kept for their results. */
@Component
class QuestionSets {

	/** One element (unsur) with its question and the labels of the answers 1..4. */
	record Element(int position, String code, String name, String question, List<String> labels) {

		public String label(int value) {
			return labels.get(value - 1);
		}
	}

	record QuestionSet(long id, int version, Instant publishedAt, Instant retiredAt, List<Element> elements) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionSets(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	QuestionSet current() {
		long id = jdbc.sql("SELECT id FROM ikm_question_set WHERE retired_at IS NULL").query(Long.class).single();
		return find(id).orElseThrow();
	}

	Optional<QuestionSet> find(long id) {
		return jdbc.sql("SELECT id, version, published_at, retired_at FROM ikm_question_set WHERE id = :id")
			.param("id", id)
			.query((rs, i) -> new QuestionSet(rs.getLong("id"), rs.getInt("version"),
					rs.getTimestamp("published_at").toInstant(),
					rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant(),
					elements(rs.getLong("id"))))
			.optional();
	}

	List<QuestionSet> all() {
		return jdbc.sql("SELECT id FROM ikm_question_set ORDER BY version DESC")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/** The latest name of every element code ever asked, current ones first in their order. */
	List<Element> everyElement() {
		return jdbc.sql("""
				SELECT DISTINCT ON (e.code) e.position, e.code, e.name, e.question, e.label_1, e.label_2, e.label_3,
				       e.label_4, (s.retired_at IS NULL) AS current
				FROM ikm_element e JOIN ikm_question_set s ON s.id = e.question_set_id
				ORDER BY e.code, s.version DESC""")
			.query((rs, i) -> new Object[] { element(rs), rs.getBoolean("current") })
			.list()
			.stream()
			.sorted((a, b) -> {
				int byCurrent = Boolean.compare((Boolean) b[1], (Boolean) a[1]);
				return byCurrent != 0 ? byCurrent
						: Integer.compare(((Element) a[0]).position(), ((Element) b[0]).position());
			})
			.map(row -> (Element) row[0])
			.toList();
	}

	/**
	 * Publishes a new version with these elements and retires the current one. Every element needs a code, a name, a
	 * question and four answer labels; codes must be unique.
	 */
	@Transactional
	QuestionSet publish(List<Element> elements, Actor actor) {
		if (elements.isEmpty()) {
			throw new PolicyViolation("survei.unsur-kosong");
		}
		if (elements.stream().map(Element::code).distinct().count() != elements.size()) {
			throw new PolicyViolation("survei.kode-unsur-ganda");
		}
		Instant now = clock.instant();
		jdbc.sql("SELECT id FROM ikm_question_set WHERE retired_at IS NULL FOR UPDATE").query(Long.class).list();
		int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM ikm_question_set").query(Integer.class).single();
		jdbc.sql("UPDATE ikm_question_set SET retired_at = :now WHERE retired_at IS NULL").param("now", ts(now)).update();
		long id = jdbc.sql("""
				INSERT INTO ikm_question_set (version, published_at, published_by) VALUES (:v, :now, :by) RETURNING id""")
			.param("v", version)
			.param("now", ts(now))
			.param("by", actor.username())
			.query(Long.class)
			.single();
		int position = 1;
		for (Element e : elements) {
			jdbc.sql("""
					INSERT INTO ikm_element (question_set_id, position, code, name, question, label_1, label_2, label_3, label_4)
					VALUES (:set, :pos, :code, :name, :question, :l1, :l2, :l3, :l4)""")
				.param("set", id)
				.param("pos", position++)
				.param("code", e.code())
				.param("name", e.name())
				.param("question", e.question())
				.param("l1", e.labels().get(0))
				.param("l2", e.labels().get(1))
				.param("l3", e.labels().get(2))
				.param("l4", e.labels().get(3))
				.update();
		}
		events.publishEvent(new QuestionSetPublished(id, version, actor, now));
		return find(id).orElseThrow();
	}

	private List<Element> elements(long setId) {
		return jdbc.sql("""
				SELECT position, code, name, question, label_1, label_2, label_3, label_4
				FROM ikm_element WHERE question_set_id = :id ORDER BY position""")
			.param("id", setId)
			.query((rs, i) -> element(rs))
			.list();
	}

	private static Element element(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Element(rs.getInt("position"), rs.getString("code"), rs.getString("name"), rs.getString("question"),
				List.of(rs.getString("label_1"), rs.getString("label_2"), rs.getString("label_3"),
						rs.getString("label_4")));
	}

	static java.sql.Timestamp ts(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}
}
