package org.satukota.survei.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.satukota.survei.SurveySubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations in {@code ikm_invitation}: the unique (kind, subject) key makes {@link #inviteFor} idempotent even when
 * two nodes finish the same service at once; the token is 256 random bits.
 */
@Service
class JdbcSurveyInvitations implements SurveyInvitations {

	/** An invitation as the survey page needs it. */
	record Invitation(String token, String kind, String subjectId, long unitId, String serviceKey,
			String serviceName, boolean answered) {

		SurveyInvitation view() {
			return new SurveyInvitation(token, "/ikm/isi/" + token, answered);
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcSurveyInvitations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public SurveyInvitation inviteFor(SurveySubject subject) {
		if (subject.kind() == null || subject.kind().isBlank() || subject.subjectId() == null
				|| subject.subjectId().isBlank() || subject.serviceKey() == null || subject.serviceName() == null) {
			throw new IllegalArgumentException("Incomplete survey subject: " + subject);
		}
		jdbc.sql("""
				INSERT INTO ikm_invitation (token, kind, subject_id, unit_id, service_key, service_name, created_at)
				VALUES (:token, :kind, :subject, :unit, :key, :name, :now)
				ON CONFLICT (kind, subject_id) DO NOTHING""")
			.param("token", newToken())
			.param("kind", subject.kind())
			.param("subject", subject.subjectId())
			.param("unit", subject.unitId())
			.param("key", subject.serviceKey())
			.param("name", subject.serviceName())
			.param("now", QuestionSets.ts(clock.instant()))
			.update();
		return find(subject.kind(), subject.subjectId()).orElseThrow();
	}

	@Override
	public Optional<SurveyInvitation> find(String kind, String subjectId) {
		return jdbc.sql(SELECT + " WHERE kind = :kind AND subject_id = :subject")
			.param("kind", kind)
			.param("subject", subjectId)
			.query((rs, i) -> invitation(rs))
			.optional()
			.map(Invitation::view);
	}

	Optional<Invitation> byToken(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE token = :token").param("token", token).query((rs, i) -> invitation(rs)).optional();
	}

	/** Marks the invitation answered; false when it already was (the caller then refuses the answers). */
	boolean markAnswered(String token) {
		return jdbc.sql("UPDATE ikm_invitation SET answered_at = :now WHERE token = :token AND answered_at IS NULL")
			.param("now", QuestionSets.ts(clock.instant()))
			.param("token", token)
			.update() == 1;
	}

	private static final String SELECT = """
			SELECT token, kind, subject_id, unit_id, service_key, service_name, answered_at IS NOT NULL AS answered
			FROM ikm_invitation""";

	private static Invitation invitation(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Invitation(rs.getString("token"), rs.getString("kind"), rs.getString("subject_id"),
				rs.getLong("unit_id"), rs.getString("service_key"), rs.getString("service_name"),
				rs.getBoolean("answered"));
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
