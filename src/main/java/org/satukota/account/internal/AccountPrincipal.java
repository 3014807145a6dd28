package org.satukota.account.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.satukota.account.CurrentUser;
import org.satukota.account.RoleGrant;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (database-stored) session. Its name is the account's username, which for citizens
 * is a handle like {@code warga-42}: never the NIK, email or phone they typed to log in.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String CITIZEN_AUTHORITY = "ROLE_WARGA";

	static final String STAFF_AUTHORITY = "ROLE_STAF";

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean nonLocked;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (user.isCitizen()) {
			authorities.add(new SimpleGrantedAuthority(CITIZEN_AUTHORITY));
		}
		else {
			authorities.add(new SimpleGrantedAuthority(STAFF_AUTHORITY));
			user.grants().stream().map(RoleGrant::role).distinct()
				.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return nonLocked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.user.accountId() == user.accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(user.accountId());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}
}
