package org.satukota.account.internal;

import java.time.Clock;
import java.util.List;

import org.satukota.account.CurrentUser;
import org.satukota.account.RoleGrant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the account for form login; the typed name may be a username, email, phone or NIK. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final LoginNames loginNames;

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(LoginNames loginNames, AccountRepository accounts, Clock clock) {
		this.loginNames = loginNames;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String typed) {
		// The message must not repeat what was typed: it may be a NIK.
		Account account = loginNames.resolve(typed).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principalOf(account);
	}

	AccountPrincipal principalOf(Account account) {
		List<RoleGrant> grants = accounts.activeGrants(account.id()).stream().map(Grant::roleGrant).toList();
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.fullName(), account.kind(), grants);
		return new AccountPrincipal(user, account.passwordHash(), account.enabled(),
				!account.isLockedAt(clock.instant()));
	}
}
