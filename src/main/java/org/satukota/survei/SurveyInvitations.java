package org.satukota.survei;

import java.util.Optional;

/**
 * One IKM survey invitation per completed application or closed complaint. Modules that finish a service call
 * {@link #inviteFor} in the transaction that finishes it and put the returned link in their notification and on
 * their status page.
 */
public interface SurveyInvitations {

	/** Creates the invitation for this subject the first time, and returns the same one on every later call. */
	SurveyInvitation inviteFor(SurveySubject subject);

	/** The invitation of a subject, if one was created. */
	Optional<SurveyInvitation> find(String kind, String subjectId);
}
