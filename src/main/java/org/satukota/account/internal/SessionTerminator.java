package org.satukota.account.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account whose rights were reduced (disabled, a role revoked), so that the change takes
 * effect at once instead of when the person next logs in. Sessions are in the database, so this works across nodes.
 */
@Component
class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.forEach(repository::deleteById));
	}
}
