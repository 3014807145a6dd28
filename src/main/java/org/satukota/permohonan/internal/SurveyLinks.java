package org.satukota.permohonan.internal;

import java.util.Optional;

import org.satukota.survei.SurveyInvitation;
import org.satukota.survei.SurveyInvitations;
import org.satukota.survei.SurveySubject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The IKM survey invitation of a completed application. Creating it is idempotent, so the approval and the
 * completion e-mail may both ask for it; without the survey module the application simply has no link.
 */
@Component
class SurveyLinks {

	static final String KIND = "permohonan";

	private final ObjectProvider<SurveyInvitations> invitations;

	SurveyLinks(ObjectProvider<SurveyInvitations> invitations) {
		this.invitations = invitations;
	}

	/** Invites the applicant of a completed application (in the caller's transaction). */
	Optional<SurveyInvitation> inviteFor(Application app) {
		SurveyInvitations surveys = invitations.getIfAvailable();
		if (surveys == null || app.unitId() == null) {
			return Optional.empty();
		}
		return Optional.of(surveys.inviteFor(new SurveySubject(KIND, app.id().toString(), app.unitId(),
				app.serviceCode(), app.serviceName())));
	}

	Optional<SurveyInvitation> find(Application app) {
		SurveyInvitations surveys = invitations.getIfAvailable();
		return surveys == null ? Optional.empty() : surveys.find(KIND, app.id().toString());
	}
}
