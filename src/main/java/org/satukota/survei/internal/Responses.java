package org.satukota.survei.internal;

import java.time.Clock;
import java.time.Instant;

import org.satukota.shared.PolicyViolation;
import org.satukota.survei.internal.AnswerForm.Parsed;
import org.satukota.survei.internal.QuestionSets.Element;
import org.satukota.survei.internal.QuestionSets.QuestionSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores answered surveys. A response names its question-set version, unit, service and channel but never the
 * invitation or the person, so results are anonymous; the invitation only remembers that it was used.
 */
@Service
class Responses {

	enum Channel {
		UNDANGAN, KIOS
	}

	/** An unknown invitation token or kiosk unit: the 404 page. */
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("Not found");
		}
	}

	private final JdbcClient jdbc;

	private final JdbcSurveyInvitations invitations;

	private final QuestionSets questionSets;

	private final Clock clock;

	Responses(JdbcClient jdbc, JdbcSurveyInvitations invitations, QuestionSets questionSets, Clock clock) {
		this.jdbc = jdbc;
		this.invitations = invitations;
		this.questionSets = questionSets;
		this.clock = clock;
	}

	/** Answers an invitation once; a second answer is refused with {@code survei.sudah-diisi}. */
	@Transactional
	void answerInvitation(String token, Parsed answers) {
		JdbcSurveyInvitations.Invitation invitation = invitations.byToken(token).orElseThrow(NotFound::new);
		requireValid(answers);
		if (!invitations.markAnswered(token)) {
			throw new PolicyViolation("survei.sudah-diisi");
		}
		insert(answers, Channel.UNDANGAN, invitation.unitId(), invitation.serviceKey(), invitation.serviceName());
	}

	/** A walk-in visitor's answers at a unit's kiosk. */
	@Transactional
	void answerAtKiosk(long unitId, String serviceKey, String serviceName, Parsed answers) {
		requireValid(answers);
		insert(answers, Channel.KIOS, unitId, serviceKey, serviceName);
	}

	private void requireValid(Parsed answers) {
		if (!answers.valid()) {
			throw new IllegalArgumentException("Validate the survey before saving it");
		}
	}

	private void insert(Parsed answers, Channel channel, long unitId, String serviceKey, String serviceName) {
		QuestionSet set = questionSets.find(answers.questionSetId()).orElseThrow();
		Instant now = clock.instant();
		long responseId = jdbc.sql("""
				INSERT INTO ikm_response (question_set_id, channel, unit_id, service_key, service_name, answered_at,
				                          gender, age_band, education, occupation)
				VALUES (:set, :channel, :unit, :key, :name, :now, :gender, :age, :education, :occupation)
				RETURNING id""")
			.param("set", set.id())
			.param("channel", channel.name())
			.param("unit", unitId)
			.param("key", serviceKey)
			.param("name", serviceName)
			.param("now", QuestionSets.ts(now))
			.param("gender", answers.respondent().gender())
			.param("age", answers.respondent().ageBand())
			.param("education", answers.respondent().education())
			.param("occupation", answers.respondent().occupation())
			.query(Long.class)
			.single();
		for (Element element : set.elements()) {
			Integer value = answers.answers().get(element.position());
			jdbc.sql("INSERT INTO ikm_answer (response_id, position, code, value) VALUES (:r, :p, :c, :v)")
				.param("r", responseId)
				.param("p", element.position())
				.param("c", element.code())
				.param("v", value)
				.update();
		}
	}

}
