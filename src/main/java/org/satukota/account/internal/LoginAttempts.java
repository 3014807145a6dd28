package org.satukota.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.satukota.account.AccountLocked;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@value #LOCK_MINUTES} minutes after {@value #MAX_FAILURES} wrong passwords in a row, to
 * slow down password guessing. Failures for names that match no account change nothing, so the lockout does not
 * reveal which names exist.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final int LOCK_MINUTES = 15;

	private final LoginNames loginNames;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginAttempts(LoginNames loginNames, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.loginNames = loginNames;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		Object typed = event.getAuthentication().getPrincipal();
		if (!(typed instanceof String name)) {
			return;
		}
		loginNames.resolve(name).ifPresent(account -> {
			Instant now = clock.instant();
			accounts.recordFailedLogin(account.id(), now, MAX_FAILURES, Duration.ofMinutes(LOCK_MINUTES))
				.ifPresent(until -> events.publishEvent(new AccountLocked(account.id(), until, Actor.SYSTEM, now)));
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			accounts.recordSuccessfulLogin(principal.user().accountId(), clock.instant());
		}
	}
}
